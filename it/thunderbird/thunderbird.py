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

LDAP_BOOK = "ldap_2.servers.bridgehead"  # the address book's pref branch in profile.py
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
          const logins = [["imap://localhost", "imap://localhost"], ["smtp://localhost", "smtp://localhost"],
                          [ldap.lDAPURL.prePath, ldap.lDAPURL.spec]];
          for (const [origin, realm] of logins) {
            const login = Cc["@mozilla.org/login-manager/loginInfo;1"].createInstance(Ci.nsILoginInfo);
            login.init(origin, null, realm, user, password, "", "");
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
        """Opens the folder as a click on it does: the headers into the folder's database."""
        return self.js("""
          const folder = await updated(folderAt(args[0]));
          return headersOf(folder).map(summary);""", path)

    def download_for_offline(self, path):
        """Downloads every body for offline use, as the folder's offline setting does."""
        return self.js("""
          const folder = folderAt(args[0]);
          const [listener, done] = urlListener("offline download of " + args[0]);
          folder.downloadAllForOffline(listener, null);
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

    def wait_for_message(self, path, message_id, timeout_s):
        """Waits for a message to show up in a folder without asking Thunderbird to check for mail."""
        return self.js("""
          const folder = folderAt(args[0]);
          const hdr = await until("<" + args[1] + "> in " + args[0],
              () => headersOf(folder).find(h => h.messageId == args[1]), args[2] * 1000);
          return summary(hdr);""", path, message_id, timeout_s)


def connect(marionette_port, user, password):
    tb = Thunderbird(marionette_port)
    tb.store_passwords(user, password)
    return tb


def timed(label, fn, *args):
    start = time.monotonic()
    value = fn(*args)
    print("  %s: %.1fs" % (label, time.monotonic() - start))
    return value
