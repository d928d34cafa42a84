"""Prints the items of a DAV collection whose text contains a string, read straight from the server.

    dav_grep.py COLLECTION_URL USER PASSWORD TEXT

Lists the collection (PROPFIND depth 1) and GETs each item, as a check of what a client's sync
really left on the server; exits 1 when no item contains TEXT.
"""

import base64
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

PROPFIND = b'<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>'


def request(method, url, auth, body=None, headers=None):
    req = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}, Authorization=auth))
    with urllib.request.urlopen(req, timeout=60) as response:
        return response.read().decode("utf-8", "replace")


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    url, user, password, text = sys.argv[1:]
    auth = "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode()
    listing = ET.fromstring(request("PROPFIND", url, auth, PROPFIND,
                                    {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"}))
    own = urllib.parse.unquote(urllib.parse.urlparse(url).path).rstrip("/")
    found = 0
    for response in listing.iter("{DAV:}response"):
        href = response.findtext("{DAV:}href")
        if response.find(".//{DAV:}collection") is not None or urllib.parse.unquote(href).rstrip("/") == own:
            continue
        body = request("GET", urllib.parse.urljoin(url, href), auth)
        if text in body:
            found += 1
            print(body)
    sys.exit(0 if found else 1)


if __name__ == "__main__":
    main()
