"""What Exchange (the simulator) holds, asked over EWS with raw SOAP: the independent check of what
Thunderbird did through the gateway, and the way a test puts data into a mailbox first."""
import base64
import time
import urllib.request
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

NS = {"s": "http://schemas.xmlsoap.org/soap/envelope/",
      "m": "http://schemas.microsoft.com/exchange/services/2006/messages",
      "t": "http://schemas.microsoft.com/exchange/services/2006/types"}
ENVELOPE = ('<?xml version="1.0" encoding="utf-8"?>'
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"'
            ' xmlns:m="%s" xmlns:t="%s"><soap:Header><t:RequestServerVersion Version="Exchange2016"/>'
            '</soap:Header><soap:Body>%%s</soap:Body></soap:Envelope>' % (NS["m"], NS["t"]))
# PR_MESSAGE_FLAGS = MSGFLAG_READ: a received, read message rather than an unsent draft.
RECEIVED_READ = ('<t:ExtendedProperty><t:ExtendedFieldURI PropertyTag="0x0E07" PropertyType="Integer"/>'
                 '<t:Value>1</t:Value></t:ExtendedProperty>')


class Ews:
    def __init__(self, url, user, password):
        self.url = url
        self.auth = "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode()

    def call(self, body):
        request = urllib.request.Request(self.url, data=(ENVELOPE % body).encode("utf-8"), headers={
            "Content-Type": "text/xml; charset=utf-8", "Authorization": self.auth})
        with urllib.request.urlopen(request, timeout=60) as response:
            root = ET.fromstring(response.read())
        for message in root.iter():
            cls = message.get("ResponseClass")
            if cls is not None and cls != "Success":
                raise AssertionError("EWS %s: %s" % (cls, ET.tostring(message, encoding="unicode")[:500]))
        return root

    def folders(self):
        """Every mail folder below the top of information store: {"Inbox/Projects": FolderId}."""
        root = self.call('<m:FindFolder Traversal="Deep"><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape>'
                         '<t:AdditionalProperties><t:FieldURI FieldURI="folder:DisplayName"/>'
                         '<t:FieldURI FieldURI="folder:ParentFolderId"/></t:AdditionalProperties></m:FolderShape>'
                         '<m:ParentFolderIds><t:DistinguishedFolderId Id="msgfolderroot"/></m:ParentFolderIds>'
                         '</m:FindFolder>')
        byid = {}
        for f in root.iter("{%s}Folder" % NS["t"]):
            byid[f.find("t:FolderId", NS).get("Id")] = (f.find("t:DisplayName", NS).text,
                                                         f.find("t:ParentFolderId", NS).get("Id"))
        paths = {}
        for fid in byid:
            parts, cur = [], fid
            while cur in byid:
                parts.insert(0, byid[cur][0])
                cur = byid[cur][1]
            paths["/".join(parts)] = fid
        return paths

    def folder_id(self, path):
        found = self.folders().get(path)
        assert found, "no folder %s in Exchange" % path
        return found

    def create_folder(self, parent_distinguished, name):
        root = self.call('<m:CreateFolder><m:ParentFolderId><t:DistinguishedFolderId Id="%s"/></m:ParentFolderId>'
                         '<m:Folders><t:Folder><t:DisplayName>%s</t:DisplayName></t:Folder></m:Folders>'
                         '</m:CreateFolder>' % (parent_distinguished, escape(name)))
        return root.find(".//t:FolderId", NS).get("Id")

    def save_messages(self, folder_id, mimes, batch=250):
        """Stores received, read messages (raw MIME bytes) in the folder, BATCH per CreateItem."""
        for start in range(0, len(mimes), batch):
            items = "".join('<t:Message><t:MimeContent CharacterSet="UTF-8">%s</t:MimeContent>%s</t:Message>'
                            % (base64.b64encode(m).decode(), RECEIVED_READ) for m in mimes[start:start + batch])
            self.call('<m:CreateItem MessageDisposition="SaveOnly"><m:SavedItemFolderId><t:FolderId Id="%s"/>'
                      '</m:SavedItemFolderId><m:Items>%s</m:Items></m:CreateItem>' % (folder_id, items))

    def messages(self, folder_id):
        """The messages of a folder: [{"subject", "read", "flag", "attachments", "id"}]."""
        result, offset = [], 0
        while True:
            root = self.call(
                '<m:FindItem Traversal="Shallow"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>'
                '<t:AdditionalProperties><t:FieldURI FieldURI="item:Subject"/>'
                '<t:FieldURI FieldURI="message:IsRead"/><t:FieldURI FieldURI="item:Flag"/>'
                '<t:FieldURI FieldURI="item:HasAttachments"/><t:FieldURI FieldURI="message:InternetMessageId"/>'
                '</t:AdditionalProperties></m:ItemShape>'
                '<m:IndexedPageItemView MaxEntriesReturned="1000" Offset="%d" BasePoint="Beginning"/>'
                '<m:ParentFolderIds><t:FolderId Id="%s"/></m:ParentFolderIds></m:FindItem>' % (offset, folder_id))
            page = root.find(".//m:RootFolder", NS)
            for item in page.find("t:Items", NS):
                flag = item.find("t:Flag/t:FlagStatus", NS)
                result.append({
                    "id": item.find("t:ItemId", NS).get("Id"),
                    "subject": (item.find("t:Subject", NS).text or "") if item.find("t:Subject", NS) is not None else "",
                    "read": (item.find("t:IsRead", NS).text or "") == "true",
                    "flag": flag.text if flag is not None else "NotFlagged",
                    "attachments": (item.find("t:HasAttachments", NS).text or "") == "true",
                    "message_id": getattr(item.find("t:InternetMessageId", NS), "text", None),
                })
            offset += len(page.find("t:Items", NS))
            if page.get("IncludesLastItemInRange") == "true":
                return result

    def attachment_names(self, item_id):
        root = self.call('<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>'
                         '<t:FieldURI FieldURI="item:Attachments"/></t:AdditionalProperties></m:ItemShape>'
                         '<m:ItemIds><t:ItemId Id="%s"/></m:ItemIds></m:GetItem>' % escape(item_id, {'"': "&quot;"}))
        return [a.find("t:Name", NS).text for a in root.iter("{%s}FileAttachment" % NS["t"])]


def eventually(what, test, timeout_s=20):
    """Polls TEST until it returns something true: Thunderbird writes to the server in the background."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = test()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("Exchange never showed " + what)
        time.sleep(0.2)
