// Bylines added after a held-out run: initials in an uncased script, a role followed by a few
// words, writer roles of Uzbek and Azerbaijani, cues written after the name, Basque, Gujarati and
// Lao cues, and a byline under a one-sentence standfirst. Lines written for these tests.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { languageBylineAuthor, nameWithRole } from '../../src/ingest/byline.ts';
import { buildAliasLookup } from '../../src/ingest/entity-mentions.ts';

describe('bylines', { timeout: 60_000 }, () => {
  it('reads a name in an uncased script that opens with initials', () => {
    expect(languageBylineAuthor('எழுதியவர்: க. ராமன்', 'ta')).toBe('க. ராமன்');
    expect(languageBylineAuthor('எழுதியவர்: கு. ப. ராமன்', 'ta')).toBe('கு. ப. ராமன்');
  });
  it('reads a name and a writer role with a few lower-case words after it', () => {
    expect(nameWithRole('Petra Nováková, redaktorka domácí rubriky')).toBe('Petra Nováková');
    expect(nameWithRole('Aziz Rahimov, muxbir')).toBe('Aziz Rahimov');
    expect(nameWithRole('Leyla Əliyeva, müxbir')).toBe('Leyla Əliyeva');
    // A sentence after the role is no byline.
    expect(nameWithRole('Petra Nováková, redaktorka, said the Plan Was Good')).toBeUndefined();
  });
  it('reads cues written after the name, in their language only', () => {
    expect(languageBylineAuthor('Sigrún Ósk Pálsdóttir skrifar', 'is')).toBe('Sigrún Ósk Pálsdóttir');
    expect(languageBylineAuthor('කමල් ජයසිංහ විසින්', 'si')).toBe('කමල් ජයසිංහ');
    expect(languageBylineAuthor('Sigrún Ósk Pálsdóttir skrifar', 'en')).toBeUndefined();
    expect(languageBylineAuthor('Sigrún skrifar um efnahagsmál á hverjum degi', 'is')).toBeUndefined();
  });
  it('reads Basque, Gujarati and Lao cues', () => {
    expect(languageBylineAuthor('Testua: Ane Zubiri · Argazkiak: Iker Goñi', 'eu')).toBe('Ane Zubiri');
    expect(languageBylineAuthor('અહેવાલ: રમેશ શાહ, સુરત', 'gu')).toBe('રમેશ શાહ');
    expect(languageBylineAuthor('ໂດຍ: ບຸນມີ ສີສະຫວັດ', 'lo')).toBe('ບຸນມີ ສີສະຫວັດ');
  });
  it('reads a byline past the dateline under a headline taken for the first paragraph, and one that ends in a photo credit', () => {
    const analyse = (lines: string[]) =>
      analyseArticle({ fileName: 'x.txt', sha256: '0'.repeat(64), text: lines.join('\n') }, buildAliasLookup([]));
    const body = [
      '',
      'Společnost, která vyrábí čerpadla pro zemědělce, otevře v příštím roce novou halu a přijme dvě stě lidí.',
      'Investice podle jejího ředitele přesáhne půl miliardy korun a hala bude hotová do konce roku 2026.',
      'Firma zároveň jedná s bankami o úvěru na nákup nových strojů a o rozšíření skladu v Ostravě.',
    ];
    const a = analyse([
      'Ostravský výrobce čerpadel Hydra staví novou výrobní halu za půl miliardy korun',
      'středa 12. března 2025, 9:40',
      'Petra Nováková, redaktorka domácí rubriky',
      ...body,
    ]);
    expect(a.author).toBe('Petra Nováková');
    const b = analyse(['Nová hala pro výrobce čerpadel', '', 'Autor: Petra Nováková | Foto: Jan Dvořák', ...body]);
    expect(b.author).toBe('Petra Nováková');
  });
  it('reads a byline standing under a short standfirst', () => {
    const text = [
      'Una startup di Padova raccoglie 12 milioni per i suoi droni agricoli',
      '',
      'Il round è guidato da un fondo tedesco. Servirà ad aprire una sede a Monaco.',
      'di Marco Bellini',
      '',
      'La società, fondata nel 2019, produce droni che controllano lo stato delle colture e segnalano le zone da irrigare.',
      'Con i nuovi fondi assumerà quaranta ingegneri entro la fine del prossimo anno, ha spiegato il fondatore.',
      'Il fondo tedesco ha già investito in altre tre aziende italiane del settore agricolo negli ultimi due anni.',
    ].join('\n');
    const a = analyseArticle({ fileName: 'it.txt', sha256: '0'.repeat(64), text }, buildAliasLookup([]));
    expect(a.author).toBe('Marco Bellini');
    expect(a.body.map((b) => b.text)).not.toContain('di Marco Bellini');
  });
});
