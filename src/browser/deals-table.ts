// /deals/: filters (kind, year, party, currency) and sorting over the server-rendered
// table. Without JS the form stays hidden and the static filter pages (/deals/<facet>/<value>/)
// and sorted lists (/deals/sort/<order>/, src/lib/lists/deal-sort.ts) serve instead.
const form = document.querySelector<HTMLFormElement>('[data-deal-filters]');
const body = document.querySelector<HTMLTableSectionElement>('[data-deal-table] tbody');

if (form && body) {
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')];
  const count = form.querySelector<HTMLElement>('[data-deal-count]')!;
  const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;

  const apply = () => {
    const [kind, year, party, currency, sort] = ['kind', 'year', 'party', 'currency', 'sort'].map(value) as [
      string,
      string,
      string,
      string,
      string,
    ];
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible =
        (!kind || d.kind === kind) &&
        (!year || d.year === year) &&
        (!party || (d.parties ?? '').split(' ').includes(party)) &&
        (!currency || d.currency === currency);
      row.hidden = !visible;
      if (visible) shown++;
    }
    const [key, direction] = sort.split('-') as ['date' | 'usd', 'asc' | 'desc'];
    const sign = direction === 'asc' ? 1 : -1;
    // Rows without a date or amount go last whichever way the table is sorted.
    const sorted = [...rows].sort((a, b) => {
      const x = key === 'usd' ? a.dataset.usd : a.dataset.date;
      const y = key === 'usd' ? b.dataset.usd : b.dataset.date;
      if (!x || !y) return x ? -1 : y ? 1 : 0;
      return sign * (key === 'usd' ? Number(x) - Number(y) : x.localeCompare(y));
    });
    body.append(...sorted);
    count.textContent = `Showing ${shown} of ${rows.length} deals.`;
    const params = new URLSearchParams();
    for (const [k, v] of [
      ['kind', kind],
      ['year', year],
      ['party', party],
      ['currency', currency],
    ] as const)
      if (v) params.set(k, v);
    if (sort !== 'date-desc') params.set('sort', sort);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
  };

  const params = new URLSearchParams(location.search);
  for (const name of ['kind', 'year', 'party', 'currency', 'sort']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    const wanted = params.get(name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  // Changes apply at once; the button is there for readers who expect one (and for Enter).
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  apply();
}

export {};
