/** At most a few of the page's many small requests at once, in the order they were asked for. */
const MAX_AT_ONCE = 6;
let running = 0;
const waiting: (() => void)[] = [];

export async function limited<T>(call: () => Promise<T>): Promise<T> {
  if (running >= MAX_AT_ONCE) await new Promise<void>((res) => waiting.push(res));
  running++;
  try {
    return await call();
  } finally {
    running--;
    waiting.shift()?.();
  }
}
