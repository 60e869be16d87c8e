/// <reference lib="webworker" />
/** The Prioritized Task Scheduling API, where the browser has it (Chromium does in workers). */
interface TaskScheduler {
  postTask(task: () => void): Promise<unknown>;
}

/**
 * A zero-delay macrotask: lets queued messages run between two slices of training. The task
 * scheduler queues it on the worker's own thread; a message to a MessageChannel (the fallback)
 * travels through the browser's message pipes, a longer way round. An error in the task still
 * surfaces as an uncaught error, which the page treats as a crash.
 */
export function macrotask(): (task: () => void) => void {
  const scheduler = (self as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler && typeof scheduler.postTask === 'function') {
    return (task) => {
      scheduler.postTask(task).catch((error: unknown) =>
        setTimeout(() => {
          throw error;
        }),
      );
    };
  }
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (task) => {
    queue.push(task);
    channel.port2.postMessage(null);
  };
}
