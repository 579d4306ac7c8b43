interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the event loop a turn (input, rendering, other messages) and resolves after it: with
 * `scheduler.yield` where the browser has it (the continuation goes ahead of other queued work),
 * else through a message, which unlike `setTimeout` is never clamped to 4 ms.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
