-- bench/load.lua — wrk script of bench/load.sh: one line of figures when the run is done.
-- wrk counts as errors: connect, read and write failures, timeouts (2 s by default), and
-- responses with a status of 400 or more (status).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f" ..
    " connect=%d read=%d write=%d timeout=%d status=%d bytes=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / summary.duration * 1e6,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect, e.read, e.write, e.timeout, e.status, summary.bytes))
end
