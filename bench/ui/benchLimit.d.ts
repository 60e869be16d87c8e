/**
 * The reference limit, `shared/bench/limit.cjs`, bundled into the headless worker when it sits
 * beside the repository; null when it does not (bench/ui/build.ts resolves the name).
 */
declare module 'bench-limit' {
  const limit: import('../limitConfig').LimitModule | null;
  export default limit;
}
