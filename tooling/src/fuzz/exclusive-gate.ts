/**
 * Lets ordinary requests run side by side and a hostile one run alone, in the order they
 * came: what a hostile request costs (memory, event-loop delay) is then its own, not that of
 * whatever ran beside it.
 */
export class ExclusiveGate {
  #shared = 0;
  #exclusive = false;
  readonly #queue: { exclusive: boolean; go: () => void }[] = [];

  /** Resolves once the caller may run: alone when `exclusive`, beside other shared ones else. */
  async enter(exclusive: boolean): Promise<void> {
    if (this.#queue.length === 0 && this.#free(exclusive)) {
      this.#take(exclusive);
      return;
    }
    await new Promise<void>((go) => this.#queue.push({ exclusive, go }));
  }

  leave(exclusive: boolean): void {
    if (exclusive) this.#exclusive = false;
    else this.#shared--;
    for (let first = this.#queue[0]; first !== undefined; first = this.#queue[0]) {
      if (!this.#free(first.exclusive)) break;
      this.#queue.shift();
      this.#take(first.exclusive);
      first.go();
    }
  }

  #free(exclusive: boolean): boolean {
    return exclusive ? !this.#exclusive && this.#shared === 0 : !this.#exclusive;
  }

  #take(exclusive: boolean): void {
    if (exclusive) this.#exclusive = true;
    else this.#shared++;
  }
}
