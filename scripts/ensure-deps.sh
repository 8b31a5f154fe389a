#!/usr/bin/env bash
# Makes sure the system packages talkgraph's build needs are present.
# RocksDB (inside oxigraph) is built from source: its bindings need libclang (Debian:
# libclang-dev) and its C++ needs a compiler (g++, Debian: g++ / build-essential).
# With `test`, also the tools the tests use beside talkgraph: rapper (Debian: raptor2-utils),
# an independent Turtle parser that reads talkgraph's exports, and Graphviz's dot (Debian:
# graphviz), which renders the network's DOT export, Chromium (Debian: chromium), which
# renders the HTML report headless, curl, one of the clients that query `serve` (and that the
# push benchmark times), and Virtuoso (Debian: virtuoso-opensource-7-bin), the triplestore
# that `push` is tested against (the tests start and stop it; no daemon runs).
# Installs them with apt-get when running as root, otherwise prints the exact command.
set -euo pipefail

missing=()
# bindgen needs libclang itself (libclang.so / libclang-N.so), not libclang-cpp, which other
# packages bring along and which bindgen cannot use.
if ! dpkg -s libclang-dev >/dev/null 2>&1 \
  && ! ls /usr/lib/llvm-*/lib/libclang.so* /usr/lib/*/libclang-[0-9]*.so* >/dev/null 2>&1; then
  missing+=(libclang-dev)
fi
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v make >/dev/null 2>&1 || missing+=(make)
if [ "${1:-}" = test ]; then
  command -v rapper >/dev/null 2>&1 || missing+=(raptor2-utils)
  command -v dot >/dev/null 2>&1 || missing+=(graphviz)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
    || missing+=(chromium)
  command -v virtuoso-t >/dev/null 2>&1 || missing+=(virtuoso-opensource-7-bin)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "talkgraph: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "talkgraph: missing system packages: ${missing[*]}" >&2
  echo "install them with:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
