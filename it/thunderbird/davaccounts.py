"""Thunderbird's network calendars, task lists and CardDAV address book as a test drives them: the
chrome-side calls behind "New Calendar > On the Network", "Synchronize", the event and task dialogs'
Save, "Mark Completed" and a new contact's Save. Calendars are named by their URL, items by their title; times travel as iCalendar
date-time strings."""

from profile import CONTACTS_BOOK

PRELUDE = r"""
const { cal } = ChromeUtils.importESModule("resource:///modules/calendar/calUtils.sys.mjs");
const { CalEvent } = ChromeUtils.importESModule("resource:///modules/CalEvent.sys.mjs");
const { CalTodo } = ChromeUtils.importESModule("resource:///modules/CalTodo.sys.mjs");
function calendarAt(uri) {
  const found = cal.manager.getCalendars().find(c => c.uri.spec == uri);
  if (!found) throw new Error("Thunderbird has no calendar " + uri + "; it has " + cal.manager.getCalendars().map(c => c.uri.spec));
  return found;
}
function described(item) {
  const when = d => d ? {ical: d.icalString, utc: d.getInTimezone(cal.dtz.UTC).icalString, zone: d.timezone.tzid} : null;
  return {title: item.title, id: item.id, start: when(item.startDate || item.entryDate), end: when(item.endDate || item.dueDate),
          completed: item.isCompleted === undefined ? null : item.isCompleted};
}
async function refreshed(calendar) {
  // What "Synchronize" does: the cached calendar asks the server, then reports onLoad.
  await new Promise((resolve) => {
    const observer = {QueryInterface: ChromeUtils.generateQI(["calIObserver"]),
      onStartBatch() {}, onEndBatch() {}, onAddItem() {}, onModifyItem() {}, onDeleteItem() {}, onError() {},
      onPropertyChanged() {}, onPropertyDeleting() {},
      onLoad() { calendar.removeObserver(observer); resolve(); }};
    calendar.addObserver(observer);
    calendar.refresh();
  });
  return calendar;
}
"""


class DavAccounts:
    def __init__(self, thunderbird):
        self._tb = thunderbird

    def _js(self, body, *args):
        return self._tb.js(PRELUDE + body, *args)

    def store_password(self, port, user, password, realm="Bridgehead"):
        """What the CalDAV and CardDAV password prompts store: the login for the server's Basic realm."""
        self._js("""
          const [origin, realm, user, password] = args;
          const login = Cc["@mozilla.org/login-manager/loginInfo;1"].createInstance(Ci.nsILoginInfo);
          login.init(origin, null, realm, user, password, "", "");
          await Services.logins.addLoginAsync(login);""", "http://localhost:%d" % port, realm, user, password)

    def detect(self, location, user, password):
        """What "New Calendar > On the Network" offers for a location: [{"uri", "name", "type"}]."""
        return self._js("""
          const [location, user, password] = args;
          const found = await cal.provider.detection.detect(user, password, location, false, [], {});
          return [...found.entries()].flatMap(([provider, calendars]) =>
            calendars.map(c => ({uri: c.uri.spec, name: c.name, type: provider.type})));""", location, user, password)

    def items(self, uri, start, end, todos=False):
        """The calendar's events (or tasks) between two iCalendar date-times, after a synchronisation."""
        return self._js("""
          const [uri, start, end, todos] = args;
          const calendar = await refreshed(calendarAt(uri));
          const filter = todos ? Ci.calICalendar.ITEM_FILTER_TYPE_TODO | Ci.calICalendar.ITEM_FILTER_COMPLETED_ALL
                               : Ci.calICalendar.ITEM_FILTER_TYPE_EVENT;
          const items = await calendar.getItemsAsArray(filter, 0, start ? cal.createDateTime(start) : null,
                                                       end ? cal.createDateTime(end) : null);
          return items.map(described);""", uri, start, end, todos)

    def add_event(self, uri, title, start, end, zone):
        """An event saved from the event dialog: local start and end times in the zone chosen there."""
        return self._js("""
          const [uri, title, start, end, zone] = args;
          const tz = cal.timezoneService.getTimezone(zone);
          const event = new CalEvent();
          event.title = title;
          event.startDate = cal.createDateTime(start); event.startDate.timezone = tz;
          event.endDate = cal.createDateTime(end); event.endDate.timezone = tz;
          return described(await calendarAt(uri).addItem(event));""", uri, title, start, end, zone)

    def add_task(self, uri, title, due):
        return self._js("""
          const [uri, title, due] = args;
          const todo = new CalTodo();
          todo.title = title;
          todo.dueDate = cal.createDateTime(due);
          return described(await calendarAt(uri).addItem(todo));""", uri, title, due)

    def complete_task(self, uri, title):
        """The task list's "Mark Completed": the task with this title, done now."""
        return self._js("""
          const [uri, title] = args;
          const calendar = await refreshed(calendarAt(uri));
          const filter = Ci.calICalendar.ITEM_FILTER_TYPE_TODO | Ci.calICalendar.ITEM_FILTER_COMPLETED_ALL;
          const todo = (await calendar.getItemsAsArray(filter, 0, null, null)).find(t => t.title == title);
          if (!todo) throw new Error("no task " + title);
          const done = todo.clone();
          done.isCompleted = true;
          done.completedDate = cal.dtz.jsDateToDateTime(new Date(), cal.dtz.UTC);
          return described(await calendar.modifyItem(done, todo));""", uri, title)

    def contacts(self):
        """The CardDAV book's cards after a synchronisation: [{"name", "emails"}]."""
        return self._js("""
          const [book] = args;
          const directory = MailServices.ab.directories.find(d => d.dirPrefId == book);
          await directory.wrappedJSObject.syncWithServer();
          return directory.childCards.map(c => ({name: c.displayName, emails: c.emailAddresses}));""", CONTACTS_BOOK)

    def add_contact(self, first, last, email):
        """A contact saved in the address book's editor; Thunderbird uploads it to the server."""
        self._js("""
          const [book, first, last, email] = args;
          const directory = MailServices.ab.directories.find(d => d.dirPrefId == book);
          const card = Cc["@mozilla.org/addressbook/cardproperty;1"].createInstance(Ci.nsIAbCard);
          card.firstName = first; card.lastName = last; card.displayName = first + " " + last; card.primaryEmail = email;
          directory.addCard(card);
          await directory.wrappedJSObject.syncWithServer();""", CONTACTS_BOOK, first, last, email)
