// Moving an element in the page, as a framework re-parenting it does.

/** Takes `el` out of the page and puts it back elsewhere (disconnected, then connected). */
export function move(el: HTMLElement): void {
  const parent = el.parentElement!;
  el.remove();
  const elsewhere = document.createElement('section');
  parent.append(elsewhere);
  elsewhere.append(el);
}
