/**
 * Refill-on-demand token bucket: `perSecond` sustained, up to `burst` at once. `grant()` adds a token
 * beyond the refill (up to `maxGranted` above `burst`): the allowance for an answer the owner asked for.
 */
export class TokenBucket {
  private tokens: number;
  private last = Date.now();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly maxGranted = 0,
  ) {
    this.tokens = burst;
  }

  /** Takes a token: 0 when one was available, else the milliseconds until one will be. */
  take(): number {
    const now = Date.now();
    // Refilling never removes granted tokens above the burst.
    if (this.tokens < this.burst)
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return ((1 - this.tokens) / this.perSecond) * 1000;
  }

  /** One token more, for a frame the owner expects (at most `maxGranted` above the burst). */
  grant(): void {
    this.tokens = Math.min(this.burst + this.maxGranted, this.tokens + 1);
  }
}
