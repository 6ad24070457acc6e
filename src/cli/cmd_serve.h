/*
 * cmd_serve.h — `sitrep serve`, the command that runs the HTTP server
 * (src/serve/server.h) until it is told to stop.
 */
#ifndef SR_CMD_SERVE_H
#define SR_CMD_SERVE_H

/* `sitrep serve`: argv[0] is "serve".  Returns the exit code. */
int sr_cmd_serve(int argc, char **argv);

#endif
