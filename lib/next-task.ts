/** A new task: the page's own events and rendering may run before the next piece of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    // Not setTimeout: background tabs clamp timers to one a second.
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}
