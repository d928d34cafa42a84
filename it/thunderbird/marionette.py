"""A small Marionette client: Thunderbird's remote protocol, JSON over TCP in frames of
"<length>:<json>". A command is [0, id, name, params], the answer [1, id, error, result]."""
import json
import socket
import time


class MarionetteError(Exception):
    pass


class Marionette:
    def __init__(self, port, connect_timeout=30):
        deadline = time.monotonic() + connect_timeout
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self.sock.settimeout(None)
        self.buffer = b""
        self.next_id = 0
        self.hello = self._read()  # {"applicationType": "gecko", "marionetteProtocol": 3}

    def _read(self):
        while b":" not in self.buffer:
            self._fill()
        length, rest = self.buffer.split(b":", 1)
        length = int(length)
        while len(rest) < length:
            self.buffer = rest
            self._fill()
            rest = self.buffer
        self.buffer = rest[length:]
        return json.loads(rest[:length].decode("utf-8"))

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise MarionetteError("Thunderbird closed the Marionette connection")
        self.buffer += chunk

    def command(self, name, params=None):
        self.next_id += 1
        body = json.dumps([0, self.next_id, name, params or {}]).encode("utf-8")
        self.sock.sendall(str(len(body)).encode() + b":" + body)
        while True:
            message = self._read()
            if message[0] == 1 and message[1] == self.next_id:
                break
        _, _, error, result = message
        if error:
            raise MarionetteError("%s: %s\n%s" % (error.get("error"), error.get("message"),
                                                  error.get("stacktrace", "")))
        return result

    def start_chrome_session(self, script_timeout_ms=90000):
        self.command("WebDriver:NewSession", {"capabilities": {}})
        self.command("Marionette:SetContext", {"value": "chrome"})
        self.command("WebDriver:SetTimeouts", {"script": script_timeout_ms})

    def run(self, body, *args):
        """Runs BODY (the statements of an async function taking `args`) in the chrome context and
        returns its value; an exception thrown in Thunderbird raises MarionetteError here."""
        script = ("const args = Array.from(arguments);\n"
                  "const resolve = args.pop();\n"
                  "(async () => {\n" + body + "\n})().then(value => resolve({ok: value}),"
                  " e => resolve({error: String(e) + '\\n' + (e && e.stack || '')}));")
        result = self.command("WebDriver:ExecuteAsyncScript", {"script": script, "args": list(args)})
        value = result.get("value")
        if value is None:
            # What Marionette answers when a modal prompt (a password dialog) opened and it
            # dismissed it, ending the script.
            raise MarionetteError("script ended without a value: did Thunderbird open a prompt?")
        if "error" in value:
            raise MarionetteError(value["error"])
        return value.get("ok")

    def quit(self):
        try:
            self.command("Marionette:Quit", {"flags": ["eForceQuit"]})
        except (MarionetteError, OSError):
            pass
        self.sock.close()
