// Preloaded into the API server by the load benchmark (`node --import`): when the process has
// an IPC channel, it sends its heap figures to the parent every second. It keeps neither the
// channel nor the timer from letting the process exit. Plain JavaScript: the server's worker
// threads (the catalogue reader) inherit the preload and have no TypeScript loader.
const send = process.send?.bind(process);
if (send !== undefined) {
  process.channel?.unref();
  setInterval(() => {
    const { heapUsed, heapTotal, external } = process.memoryUsage();
    send({ heapUsed, heapTotal, external });
  }, 1000).unref();
}
