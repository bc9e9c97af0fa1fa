# A loopback HTTP server for the tests of following a URL: serves the files of the folder given
# (argument 1) with an ETag of their contents, answers 304 to a matching If-None-Match, and any
# status written to <folder>/status instead. Writes its port to <folder>/port, then serves until killed.
import http.server, hashlib, sys, os, threading, signal
# (A test runner may start it with SIGTERM ignored.)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
root = sys.argv[1]
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        path = os.path.join(root, self.path.lstrip('/').replace('..', ''))
        status_file = os.path.join(root, 'status')
        if os.path.exists(status_file):
            code = int(open(status_file).read().strip())
            if code != 200:
                self.send_response(code); self.end_headers(); return
        if not os.path.isfile(path):
            self.send_response(404); self.end_headers(); return
        body = open(path, 'rb').read()
        etag = '"' + hashlib.sha1(body).hexdigest() + '"'
        if self.headers.get('If-None-Match') == etag:
            self.send_response(304); self.send_header('ETag', etag); self.end_headers(); return
        self.send_response(200); self.send_header('ETag', etag); self.send_header('Content-Length', str(len(body))); self.end_headers()
        self.wfile.write(body)
s = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
# Ends with the test process that started it (orphaned: the parent is gone).
parent = os.getppid()
def watch():
    import time
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)
threading.Thread(target=watch, daemon=True).start()
with open(os.path.join(root, 'port.part'), 'w') as f:
    f.write(str(s.server_address[1]))
os.rename(os.path.join(root, 'port.part'), os.path.join(root, 'port'))
s.serve_forever()
