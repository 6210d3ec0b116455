/**
 * The loops of a directed graph: its strongly connected components of two nodes or more
 * (Tarjan's algorithm, without recursion, so a long chain cannot overflow the stack). Linear in
 * nodes and edges. `next` gives a node's successors; nodes reached only through it count too.
 */
export function loopsOf(nodes: Iterable<string>, next: (node: string) => readonly string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
  };
  for (const root of nodes) {
    if (index.has(root)) continue;
    visit(root);
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    while (work.length) {
      const frame = work[work.length - 1]!;
      const successors = next(frame.node);
      if (frame.edge < successors.length) {
        const to = successors[frame.edge++]!;
        if (!index.has(to)) {
          visit(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1) loops.push(component);
    }
  }
  return loops;
}

/** A shortest path from `from` to `to` through `within` (both in it), by breadth-first search; undefined when there is none. */
export function pathWithin(
  from: string,
  to: string,
  within: ReadonlySet<string>,
  next: (node: string) => readonly string[],
): string[] | undefined {
  const cameFrom = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node === to) {
      const path: string[] = [];
      for (let at: string | undefined = to; at !== undefined; at = cameFrom.get(at)) path.push(at);
      return path.reverse();
    }
    for (const succ of next(node)) {
      if (!within.has(succ) || cameFrom.has(succ)) continue;
      cameFrom.set(succ, node);
      queue.push(succ);
    }
  }
  return undefined;
}
