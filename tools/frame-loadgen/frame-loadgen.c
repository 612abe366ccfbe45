// Protocol-agnostic load generator for 4-byte big-endian length-prefixed frames.
// usage: frame-loadgen PORT CONNS PIPELINE TOTAL HELLO_FRAME_FILE REQ_FRAME_FILE [REQ_FRAME_FILE ...]
// With several request frame files, connection i replays file i mod their count.
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
typedef struct {
  int fd; long sent, done, target; int fin, want_out;
  double *q; int qh, qt;            // ring of send timestamps, capacity P+1
  unsigned char hdr[4]; int hh; long body_left;
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
  if (argc < 7) { fprintf(stderr, "usage: frame-loadgen PORT CONNS PIPELINE TOTAL HELLO_FILE REQ_FILE [REQ_FILE ...]\n"); return 2; }
  int port = atoi(argv[1]), C = atoi(argv[2]); P = atoi(argv[3]); long N = atol(argv[4]);
  size_t hlen; unsigned char *hello = slurp(argv[5], &hlen);
  int nreq = argc - 6; unsigned char **reqs = malloc(sizeof *reqs * nreq); size_t *reqlens = malloc(sizeof *reqlens * nreq);
  for (int f = 0; f < nreq; f++) {
    unsigned char *req1 = slurp(argv[6 + f], &reqlens[f]);
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
    if (write(c->fd, hello, hlen) != (ssize_t)hlen) { perror("hello"); return 1; }
    c->q = malloc(sizeof(double) * (P + 1)); c->target = per;
    c->reqs = reqs[i % nreq]; c->reqlen = reqlens[i % nreq];
  }
  // handshake: blocking read of one reply frame per connection
  unsigned char tmp[65536];
  for (int i = 0; i < C; i++) {
    unsigned char h[4]; size_t got = 0;
    while (got < 4) { ssize_t r = read(cs[i].fd, h + got, 4 - got); if (r <= 0) { perror("hs"); return 1; } got += r; }
    long n = ((long)h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3];
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
          if (c->hh < 4) continue;
          c->hh = 0; c->body_left = ((long)c->hdr[0] << 24) | (c->hdr[1] << 16) | (c->hdr[2] << 8) | c->hdr[3];
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
