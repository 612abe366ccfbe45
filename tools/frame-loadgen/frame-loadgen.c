// Protocol-agnostic load generator for 4-byte big-endian length-prefixed frames.
// usage: frame-loadgen [--ws] PORT CONNS PIPELINE TOTAL HELLO_FRAME_FILE REQ_FRAME_FILE [REQ_FRAME_FILE ...]
// With several request frame files, connection i replays file i mod their count.
// With --ws first, PORT is the HTTP port: each connection upgrades on /ws, then sends each frame's
// body as one masked binary message (RFC 6455; one fixed mask, applied once to the files' frames)
// and counts the server's binary messages instead of length-prefixed frames.
// Each connection sends the hello frame, waits for one reply frame, then (after all connections
// are ready) keeps up to PIPELINE request frames in flight until TOTAL/CONNS replies arrived.
// Replies are counted by their length prefix only. Latency = reply arrival - send time (FIFO).
// Prints one JSON line. Bounded: TOTAL requests and a 120 s alarm. Connects to 127.0.0.1 only.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now_ns(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e9 + t.tv_nsec; }
static unsigned char *slurp(const char *p, size_t *n) {
  FILE *f = fopen(p, "rb"); if (!f) { perror(p); exit(2); }
  unsigned char *b = malloc(1 << 20); *n = fread(b, 1, 1 << 20, f); fclose(f); return b;
}
static int WS;
// A whole length-prefixed frame (as dumped) to one masked binary WebSocket message.
static unsigned char *to_ws(const unsigned char *frame, size_t *n) {
  size_t len = *n - 4; unsigned char *m = malloc(len + 14); size_t h = 0;
  const unsigned char key[4] = {0x12, 0x34, 0x56, 0x78};
  m[h++] = 0x82;
  if (len < 126) m[h++] = 0x80 | len;
  else { m[h++] = 0x80 | 126; m[h++] = len >> 8; m[h++] = len & 0xff; }
  memcpy(m + h, key, 4); h += 4;
  for (size_t i = 0; i < len; i++) m[h + i] = frame[4 + i] ^ key[i & 3];
  *n = h + len; return m;
}
// Bytes of a server message's header, from its first two: 2, 4 (16-bit length) or 10 (64-bit).
static int ws_header_bytes(const unsigned char *h) { int l = h[1] & 0x7f; return l == 126 ? 4 : l == 127 ? 10 : 2; }
static long ws_body_bytes(const unsigned char *h) {
  int l = h[1] & 0x7f; if (l < 126) return l;
  if (l == 126) return (h[2] << 8) | h[3];
  long n = 0; for (int i = 2; i < 10; i++) n = (n << 8) | h[i]; return n;
}
static void ws_upgrade(int fd) {
  const char *rq = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
  if (write(fd, rq, strlen(rq)) != (ssize_t)strlen(rq)) { perror("upgrade"); exit(1); }
  char resp[4096]; size_t got = 0;  // byte by byte: nothing past the response is read
  while (got < 4 || memcmp(resp + got - 4, "\r\n\r\n", 4)) {
    if (got == sizeof resp || read(fd, resp + got, 1) != 1) { perror("upgrade response"); exit(1); }
    got++;
  }
  if (strncmp(resp, "HTTP/1.1 101", 12)) { fprintf(stderr, "upgrade refused: %.40s\n", resp); exit(1); }
}

typedef struct {
  int fd; long sent, done, target; int fin, want_out;
  double *q; int qh, qt;            // ring of send timestamps, capacity P+1
  unsigned char hdr[10]; int hh; long body_left;
  const unsigned char *wbuf; size_t wlen, wpos;  // pending write
  const unsigned char *reqs; size_t reqlen;       // P copies of this connection's request frame
} conn_t;

static int P;
static double *lat; static long nlat;

static void set_out(conn_t *c, int ep, int want) {
  if (want == c->want_out) return;
  struct epoll_event ev = { .events = EPOLLIN | (want ? EPOLLOUT : 0), .data.ptr = c };
  epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev); c->want_out = want;
}
static void pump(conn_t *c, int ep) {
  if (c->wpos < c->wlen) return;  // still flushing
  long k = P - (c->sent - c->done);
  if (k > c->target - c->sent) k = c->target - c->sent;
  if (k <= 0) return;
  double t = now_ns();
  for (long i = 0; i < k; i++) { c->q[c->qt] = t; c->qt = (c->qt + 1) % (P + 1); }
  c->sent += k; c->wbuf = c->reqs; c->wlen = k * c->reqlen; c->wpos = 0;
  while (c->wpos < c->wlen) {
    ssize_t w = write(c->fd, c->wbuf + c->wpos, c->wlen - c->wpos);
    if (w < 0) { if (errno == EAGAIN) break; perror("write"); exit(1); }
    c->wpos += w;
  }
  set_out(c, ep, c->wpos < c->wlen);
}
static int cmpd(const void *a, const void *b) { double x = *(double *)a, y = *(double *)b; return x < y ? -1 : x > y; }

int main(int argc, char **argv) {
  WS = argc > 1 && !strcmp(argv[1], "--ws");
  if (WS) { argc--; argv++; }
  if (argc < 7) { fprintf(stderr, "usage: frame-loadgen [--ws] PORT CONNS PIPELINE TOTAL HELLO_FILE REQ_FILE [REQ_FILE ...]\n"); return 2; }
  int port = atoi(argv[1]), C = atoi(argv[2]); P = atoi(argv[3]); long N = atol(argv[4]);
  size_t hlen; unsigned char *hello = slurp(argv[5], &hlen);
  if (WS) hello = to_ws(hello, &hlen);
  int nreq = argc - 6; unsigned char **reqs = malloc(sizeof *reqs * nreq); size_t *reqlens = malloc(sizeof *reqlens * nreq);
  for (int f = 0; f < nreq; f++) {
    unsigned char *req1 = slurp(argv[6 + f], &reqlens[f]);
    if (WS) req1 = to_ws(req1, &reqlens[f]);
    reqs[f] = malloc(reqlens[f] * P); for (int i = 0; i < P; i++) memcpy(reqs[f] + i * reqlens[f], req1, reqlens[f]);
  }
  alarm(120);
  long per = (N + C - 1) / C; lat = malloc(sizeof(double) * per * C);
  int ep = epoll_create1(0); conn_t *cs = calloc(C, sizeof(conn_t));
  struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) }; inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
  for (int i = 0; i < C; i++) {
    conn_t *c = &cs[i]; c->fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(c->fd, (struct sockaddr *)&a, sizeof a)) { perror("connect"); return 1; }
    int one = 1; setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (WS) ws_upgrade(c->fd);
    if (write(c->fd, hello, hlen) != (ssize_t)hlen) { perror("hello"); return 1; }
    c->q = malloc(sizeof(double) * (P + 1)); c->target = per;
    c->reqs = reqs[i % nreq]; c->reqlen = reqlens[i % nreq];
  }
  // handshake: blocking read of one reply frame per connection
  unsigned char tmp[65536];
  for (int i = 0; i < C; i++) {
    unsigned char h[10]; size_t got = 0, want = WS ? 2 : 4;
    while (got < want) {
      ssize_t r = read(cs[i].fd, h + got, want - got); if (r <= 0) { perror("hs"); return 1; } got += r;
      if (WS && got == 2) want = ws_header_bytes(h);
    }
    long n = WS ? ws_body_bytes(h) : ((long)h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3];
    while (n > 0) { ssize_t r = read(cs[i].fd, tmp, n < (long)sizeof tmp ? n : (long)sizeof tmp); if (r <= 0) { perror("hs"); return 1; } n -= r; }
    fcntl(cs[i].fd, F_SETFL, O_NONBLOCK);
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = &cs[i] }; epoll_ctl(ep, EPOLL_CTL_ADD, cs[i].fd, &ev);
  }
  double t0 = now_ns();
  for (int i = 0; i < C; i++) pump(&cs[i], ep);
  long finished = 0; struct epoll_event evs[256]; static unsigned char rb[1 << 18];
  while (finished < C) {
    int n = epoll_wait(ep, evs, 256, 5000);
    if (n <= 0) { fprintf(stderr, "stalled\n"); return 1; }
    for (int e = 0; e < n; e++) {
      conn_t *c = evs[e].data.ptr;
      if (evs[e].events & EPOLLOUT) {
        while (c->wpos < c->wlen) { ssize_t w = write(c->fd, c->wbuf + c->wpos, c->wlen - c->wpos); if (w < 0) break; c->wpos += w; }
        if (c->wpos >= c->wlen) { set_out(c, ep, 0); if (!c->fin) pump(c, ep); }
      }
      if (evs[e].events & EPOLLIN) {
        ssize_t r = read(c->fd, rb, sizeof rb);
        if (r == 0) { fprintf(stderr, "server closed\n"); return 1; }
        if (r < 0) { if (errno == EAGAIN) continue; perror("read"); return 1; }
        double t = now_ns();
        for (ssize_t off = 0; off < r;) {
          if (c->body_left > 0) {
            long s = r - off < c->body_left ? r - off : c->body_left;
            c->body_left -= s; off += s;
            if (c->body_left == 0) goto frame_done;
            continue;
          }
          c->hdr[c->hh++] = rb[off++];
          if (c->hh < (WS ? (c->hh < 2 ? 2 : ws_header_bytes(c->hdr)) : 4)) continue;
          c->hh = 0;
          c->body_left = WS ? ws_body_bytes(c->hdr) : ((long)c->hdr[0] << 24) | (c->hdr[1] << 16) | (c->hdr[2] << 8) | c->hdr[3];
          if (c->body_left > 0) continue;
        frame_done:
          lat[nlat++] = t - c->q[c->qh]; c->qh = (c->qh + 1) % (P + 1); c->done++;
        }
        if (c->fin) continue;
        if (c->done >= c->target) { c->fin = 1; finished++; } else pump(c, ep);
      }
    }
  }
  double secs = (now_ns() - t0) / 1e9;
  qsort(lat, nlat, sizeof(double), cmpd);
  printf("{\"ops\":%ld,\"secs\":%.3f,\"ops_s\":%.0f,\"p50_us\":%.1f,\"p99_us\":%.1f,\"max_us\":%.1f}\n", nlat, secs, nlat / secs,
         lat[nlat / 2] / 1e3, lat[(long)(nlat * 0.99)] / 1e3, lat[nlat - 1] / 1e3);
  return 0;
}
