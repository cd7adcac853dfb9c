/** Writes this server's address into the examples (`[data-origine]`), so they can be pasted as they are. */
export function showOrigin(root: ParentNode = document): void {
  for (const slot of root.querySelectorAll('[data-origine]')) {
    slot.textContent = window.location.origin;
  }
}
