"""Thunderbird as a test drives it: the Marionette client plus the chrome-side calls a user's
clicks end up in (folder discovery, folder update, offline download, mark read, flag, move, delete,
send, save draft, address autocomplete). Folders are named by their path of display names below
the account ("INBOX/Projects", "Sent Items"); messages by their Message-ID."""
import time

from marionette import Marionette

PRELUDE = r"""
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const account = MailServices.accounts.defaultAccount;
const server = account.incomingServer;
const identity = account.defaultIdentity;
const root = server.rootFolder;
function urlListener(what) {
  let listener;
  const done = new Promise((resolve, reject) => {
    listener = {
      OnStartRunningUrl() {},
      OnStopRunningUrl(url, status) {
        Components.isSuccessCode(status) ? resolve() : reject(new Error(what + " failed: 0x" + (status >>> 0).toString(16)));
      },
    };
  });
  return [listener, done];
}
function copyListener(what) {
  let listener;
  const done = new Promise((resolve, reject) => {
    listener = {
      onStartCopy() {}, onProgress() {}, setMessageKey() {}, getMessageId() { return null; },
      onStopCopy(status) {
        Components.isSuccessCode(status) ? resolve() : reject(new Error(what + " failed: 0x" + (status >>> 0).toString(16)));
      },
    };
  });
  return [listener, done];
}
function pathOf(folder) {
  const parts = [];
  for (let f = folder; f && f != root; f = f.parent) parts.unshift(f.name);
  return parts.join("/");
}
function folderAt(path) {
  const found = root.descendants.find(f => pathOf(f) == path);
  if (!found) throw new Error("Thunderbird has no folder " + path + "; it has " + root.descendants.map(pathOf));
  return found.QueryInterface(Ci.nsIMsgImapMailFolder).QueryInterface(Ci.nsIMsgFolder);
}
function headersOf(folder) {
  return [...folder.msgDatabase.enumerateMessages()];
}
function messageIn(folder, messageId) {
  const hdr = headersOf(folder).find(h => h.messageId == messageId);
  if (!hdr) throw new Error("no message <" + messageId + "> in " + pathOf(folder));
  return hdr;
}
async function updated(folder) {
  const [listener, done] = urlListener("update of " + pathOf(folder));
  folder.updateFolderWithListener(null, listener);
  await done;
  return folder;
}
async function until(what, test, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting for " + what);
    await new Promise(r => setTimeout(r, 100));
  }
}
function summary(h) {
  return {messageId: h.messageId, subject: h.mime2DecodedSubject, key: h.messageKey, read: h.isRead,
          flagged: h.isFlagged, offline: (h.flags & Ci.nsMsgMessageFlags.Offline) != 0,
          attachment: (h.flags & Ci.nsMsgMessageFlags.Attachment) != 0};
}
"""

LDAP_BOOK = "ldap_2.servers.exchange"  # the address book's pref branch in profile.py
SPECIAL_FLAGS = ["Inbox", "SentMail", "Drafts", "Trash", "Junk", "Archive", "Templates", "Queue"]


class Thunderbird:
    def __init__(self, marionette_port):
        self.marionette = Marionette(marionette_port)
        self.marionette.start_chrome_session()

    def js(self, body, *args):
        return self.marionette.run(PRELUDE + body, *args)

    def quit(self):
        self.marionette.quit()

    def store_passwords(self, user, password):
        """What the password prompts would store ("Use Password Manager to remember this
        password"): the IMAP, SMTP and LDAP directory logins."""
        self.js("""
          const [user, password, book] = args;
          const ldap = MailServices.ab.getDirectory("moz-abldapdirectory://" + book).QueryInterface(Ci.nsIAbLDAPDirectory);
          // The LDAP prompt stores its login under the URL's user name, which is empty (the bind
          // DN is a setting of the book), and the realm origin + path of the directory's URL.
          const url = ldap.lDAPURL;
          const logins = [["imap://localhost", "imap://localhost", user], ["smtp://localhost", "smtp://localhost", user],
                          [url.prePath, url.prePath + url.pathQueryRef, ""]];
          for (const [origin, realm, name] of logins) {
            const login = Cc["@mozilla.org/login-manager/loginInfo;1"].createInstance(Ci.nsILoginInfo);
            login.init(origin, null, realm, name, password, "", "");
            await Services.logins.addLoginAsync(login);
          }""", user, password, LDAP_BOOK)

    def discover_folders(self):
        """Folder discovery as on first start: [{"path", "special": [flag names]}]."""
        return self.js("""
          const [specials] = args;
          const [listener, done] = urlListener("folder discovery");
          MailServices.imap.discoverAllFolders(root, listener, null);
          await done;
          return root.descendants.map(f => ({path: pathOf(f),
            special: specials.filter(name => f.getFlag(Ci.nsMsgFolderFlags[name])),
            offline: f.getFlag(Ci.nsMsgFolderFlags.Offline)}));""", SPECIAL_FLAGS)

    def sync_headers(self, path):
        """Opens the folder as a click on it does: the headers into the folder's database.
        Only for a folder Thunderbird is not updating by itself: an update asked for while its
        own runs (after a move into it, a draft saved, in IDLE) may never report back."""
        return self.js("""
          const folder = await updated(folderAt(args[0]));
          return headersOf(folder).map(summary);""", path)

    def download_for_offline(self, path):
        """Downloads every body for offline use, as the folder's offline setting does."""
        return self.js("""
          const folder = folderAt(args[0]);
          const [listener, done] = urlListener("offline download of " + args[0]);
          // A folder still filing the headers of its own update refuses with NS_MSG_FOLDER_BUSY.
          const FOLDER_BUSY = 0x8055000a;
          await until("the folder to be free for the offline download", () => {
            try {
              folder.downloadAllForOffline(listener, null);
              return true;
            } catch (e) {
              if (e.result == FOLDER_BUSY) return false;
              throw e;
            }
          }, 60000);
          await done;
          return headersOf(folder).map(summary);""", path)

    def messages(self, path):
        return self.js("return headersOf(folderAt(args[0])).map(summary);", path)

    def mark_read(self, path, message_id):
        self.js("""
          const folder = folderAt(args[0]);
          folder.markMessagesRead([messageIn(folder, args[1])], true);""", path, message_id)

    def mark_flagged(self, path, message_id):
        self.js("""
          const folder = folderAt(args[0]);
          folder.markMessagesFlagged([messageIn(folder, args[1])], true);""", path, message_id)

    def move(self, path, message_id, target):
        """Drag and drop to another folder of the account."""
        self.js("""
          const folder = folderAt(args[0]);
          const [listener, done] = copyListener("move to " + args[2]);
          MailServices.copy.copyMessages(folder, [messageIn(folder, args[1])], folderAt(args[2]), true, listener, null, false);
          await done;""", path, message_id, target)

    def delete(self, path, message_id):
        """The Delete key: with the default delete model the message moves to the Trash folder."""
        self.js("""
          const folder = folderAt(args[0]);
          const [listener, done] = copyListener("delete");
          folder.deleteMessages([messageIn(folder, args[1])], null, false, false, listener, true);
          await done;""", path, message_id)

    def wait_for_message(self, path, timeout_s, message_id=None, subject=None):
        """Waits for a message (by Message-ID or subject) to show up in a folder, without asking
        Thunderbird to check for mail."""
        return self.js("""
          const [path, timeout, messageId, subject] = args;
          const folder = folderAt(path);
          const hdr = await until((messageId || subject) + " in " + path,
              () => headersOf(folder).find(h => messageId ? h.messageId == messageId : h.mime2DecodedSubject == subject),
              timeout * 1000);
          return summary(hdr);""", path, timeout_s, message_id, subject)

    def autocomplete(self, text):
        """What the compose window's To field offers for TEXT from the LDAP directory (the
        "ldap" autocomplete search it runs beside the local address books): ["Name <address>"]."""
        return self.js("""
          const search = Cc["@mozilla.org/autocomplete/search;1?name=ldap"].getService(Ci.nsIAutoCompleteSearch);
          const param = JSON.stringify({idKey: identity.key, type: "addr_to"});
          const result = await new Promise((resolve, reject) => {
            search.startSearch(args[0], param, null, {
              onSearchResult(s, r) {
                if (r.searchResult == Ci.nsIAutoCompleteResult.RESULT_NOMATCH_ONGOING
                    || r.searchResult == Ci.nsIAutoCompleteResult.RESULT_SUCCESS_ONGOING) return;
                r.searchResult == Ci.nsIAutoCompleteResult.RESULT_FAILURE
                    ? reject(new Error("LDAP autocomplete failed: " + r.errorDescription)) : resolve(r);
              },
            });
          });
          const values = [];
          for (let i = 0; i < result.matchCount; i++) values.push(result.getValueAt(i));
          return values;""", text)

    def wait_until_gone(self, path, message_id, timeout_s):
        """Waits for a message to leave a folder's view, again without a check for mail."""
        self.js("""
          const folder = folderAt(args[0]);
          await until("<" + args[1] + "> gone from " + args[0],
              () => !headersOf(folder).some(h => h.messageId == args[1]), args[2] * 1000);""", path, message_id, timeout_s)

    def compose(self, mode, to, subject, body, attachment=None):
        """Builds a message as the compose window does and sends it (mode "now", over SMTP) or
        saves it in the Drafts folder (mode "draft"); returns its Message-ID once Thunderbird is
        done, including the copy step it runs after either."""
        return self.js("""
          const [mode, to, subject, body, attachment] = args;
          const fields = Cc["@mozilla.org/messengercompose/composefields;1"].createInstance(Ci.nsIMsgCompFields);
          fields.from = identity.fullName + " <" + identity.email + ">";
          fields.to = to;
          fields.subject = subject;
          if (attachment) {
            const file = Cc["@mozilla.org/file/local;1"].createInstance(Ci.nsIFile);
            file.initWithPath(attachment);
            const part = Cc["@mozilla.org/messengercompose/attachment;1"].createInstance(Ci.nsIMsgAttachment);
            part.url = Services.io.newFileURI(file).spec;
            part.name = file.leafName;
            fields.addAttachment(part);
          }
          let messageId = null;
          const done = new Promise((resolve, reject) => {
            const listener = {
              QueryInterface: ChromeUtils.generateQI(["nsIMsgSendListener", "nsIMsgCopyServiceListener"]),
              onStartSending() {}, onSendProgress() {}, onStatus() {}, onGetDraftFolderURI() {},
              onSendNotPerformed(id, status) { reject(new Error("send not performed: 0x" + (status >>> 0).toString(16))); },
              onTransportSecurityError() { reject(new Error("transport security error")); },
              onStopSending(id, status) {
                messageId = id;
                if (!Components.isSuccessCode(status)) reject(new Error("sending failed: 0x" + (status >>> 0).toString(16)));
              },
              onStartCopy() {}, onProgress() {}, setMessageKey() {}, getMessageId() { return null; },
              onStopCopy(status) {
                Components.isSuccessCode(status) ? resolve() : reject(new Error("copy failed: 0x" + (status >>> 0).toString(16)));
              },
            };
            const send = Cc["@mozilla.org/messengercompose/send;1"].createInstance(Ci.nsIMsgSend);
            const deliver = mode == "draft" ? Ci.nsIMsgSend.nsMsgSaveAsDraft : Ci.nsIMsgSend.nsMsgDeliverNow;
            send.createAndSendMessage(null, identity, account.key, fields, false, false, deliver, null,
                "text/plain", body, null, null, listener, null, null, Ci.nsIMsgCompType.New).catch(reject);
          });
          await done;
          return messageId;""", mode, to, subject, body, attachment)

    def reopen_draft(self, message_id):
        """Opens a draft from the Drafts folder in the compose window, as a double click on it
        does, and reads back what the window holds: {"subject", "to", "body", "attachments"}."""
        return self.js("""
          const folder = folderAt("Drafts");
          const hdr = messageIn(folder, args[0]);
          MailServices.compose.OpenComposeWindow(null, hdr, folder.getUriForMsg(hdr), Ci.nsIMsgCompType.Draft,
              Ci.nsIMsgCompFormat.Default, identity, null, null);
          const win = await until("the compose window with the draft", () => {
            const w = Services.wm.getMostRecentWindow("msgcompose");
            return w && w.gMsgCompose && w.gMsgCompose.editor && w.gMsgCompose.compFields.subject ? w : null;
          }, 30000);
          // The body goes into the editor after the fields: wait until it holds text.
          await until("the draft's text in the editor",
              () => win.gMsgCompose.editor.outputToString("text/plain", 0).trim(), 10000);
          const fields = win.gMsgCompose.compFields;
          const draft = {subject: fields.subject, to: fields.to,
                         body: win.gMsgCompose.editor.outputToString("text/plain", 0),
                         attachments: [...fields.attachments].map(a => a.name)};
          win.close();
          return draft;""", message_id)

def connect(marionette_port, user, password):
    tb = Thunderbird(marionette_port)
    tb.store_passwords(user, password)
    return tb


def timed(label, fn, *args):
    start = time.monotonic()
    value = fn(*args)
    print("  %s: %.1fs" % (label, time.monotonic() - start))
    return value
