#!/usr/bin/env bash
# Makes sure the system packages talkgraph's build needs are present.
# RocksDB (inside oxigraph) is built from source: its bindings need libclang (Debian:
# libclang-dev) and its C++ needs a compiler (g++, Debian: g++ / build-essential).
# Installs them with apt-get when running as root, otherwise prints the exact command.
set -euo pipefail

missing=()
if ! dpkg -s libclang-dev >/dev/null 2>&1 && ! ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1; then
  missing+=(libclang-dev)
fi
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v make >/dev/null 2>&1 || missing+=(make)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "talkgraph: installing ${missing[*]} (needed to build RocksDB)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "talkgraph: missing system packages: ${missing[*]}" >&2
  echo "install them with:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
