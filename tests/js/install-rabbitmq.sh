#!/usr/bin/env bash
# Installs Debian's rabbitmq-server for the scale-out tests (two hosts sharing events through RabbitMQ)
# and starts it, once: does nothing when a broker already accepts connections on 127.0.0.1:5672.
set -euo pipefail

port_open() { (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; }

if port_open; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
else
  sudo=""
fi
if ! command -v rabbitmq-server >/dev/null 2>&1 && [ ! -x /usr/sbin/rabbitmq-server ]; then
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends rabbitmq-server >/dev/null
fi

# The package may have started it already (where services start on install); otherwise start it detached.
# Its start takes a few seconds; another caller running this script meanwhile must not start a second node.
if ! port_open && ! pgrep -f 'beam.*rabbit' >/dev/null 2>&1; then
  $sudo /usr/sbin/rabbitmq-server -detached >/dev/null 2>&1 || true
fi

for _ in $(seq 1 120); do
  if port_open; then
    exit 0
  fi
  sleep 1
done
echo "rabbitmq-server did not accept connections on 127.0.0.1:5672 within 120 s" >&2
exit 1
