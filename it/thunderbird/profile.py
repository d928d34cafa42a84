"""Writes a Thunderbird profile (a directory with a user.js) holding the account exactly as the
README's "Thunderbird set-up" table describes it: IMAP and SMTP on localhost without encryption,
normal password, the Exchange login as user name, Sent copies left to Exchange, and the LDAP
address book with base ou=people and the login as bind DN; with --caldav-port also the
README's calendar, task list and CardDAV address book (DavMail's URLs, the login as user name,
offline support on, as Thunderbird's dialogs leave it). First-run prompts and network chatter
unrelated to the test are switched off.

usage: profile.py DIR --user U --name NAME --imap-port P --smtp-port P --ldap-port P --marionette-port P
                  [--caldav-port P]
"""
import argparse
import json
import os


def prefs(a):
    p = {
        # The account: IMAP incoming, SMTP outgoing, one identity, plus Local Folders.
        "mail.accountmanager.accounts": "account1,account2",
        "mail.accountmanager.defaultaccount": "account1",
        "mail.accountmanager.localfoldersserver": "server2",
        "mail.account.account1.server": "server1",
        "mail.account.account1.identities": "id1",
        "mail.server.server1.type": "imap",
        "mail.server.server1.name": a.user,
        "mail.server.server1.hostname": "localhost",
        "mail.server.server1.port": a.imap_port,
        "mail.server.server1.userName": a.user,
        "mail.server.server1.socketType": 0,      # no encryption
        "mail.server.server1.authMethod": 3,      # normal password
        # Not at start-up: Thunderbird would block its start on a password prompt before the
        # test can put the password into the login manager. The test logs in right after.
        "mail.server.server1.login_at_startup": False,
        "mail.server.server1.check_new_mail": True,
        "mail.account.account2.server": "server2",
        "mail.server.server2.type": "none",
        "mail.server.server2.hostname": "Local Folders",
        "mail.server.server2.userName": "nobody",
        "mail.server.server2.name": "Local Folders",
        "mail.identity.id1.fullName": a.name,
        "mail.identity.id1.useremail": a.user,
        "mail.identity.id1.valid": True,
        "mail.identity.id1.smtpServer": "smtp1",
        # Exchange keeps the copy in Sent Items when it sends; a second copy from the client
        # would be a duplicate (README: "Place a copy in" off).
        "mail.identity.id1.fcc": False,
        "mail.smtpservers": "smtp1",
        "mail.smtp.defaultserver": "smtp1",
        "mail.smtpserver.smtp1.hostname": "localhost",
        "mail.smtpserver.smtp1.port": a.smtp_port,
        "mail.smtpserver.smtp1.authMethod": 3,
        "mail.smtpserver.smtp1.try_ssl": 0,
        "mail.smtpserver.smtp1.username": a.user,
        # The LDAP address book as the README's steps create it (name Exchange, subtree, no
        # filter, 100 results), chosen as the Directory Server for autocompletion.
        "ldap_2.servers.exchange.description": "Exchange",
        "ldap_2.servers.exchange.dirType": 0,
        "ldap_2.servers.exchange.filename": "ldap.sqlite",
        "ldap_2.servers.exchange.uri": "ldap://localhost:%d/ou=people??sub?(objectclass=*)" % a.ldap_port,
        "ldap_2.servers.exchange.auth.dn": a.user,
        "ldap_2.servers.exchange.auth.savePassword": True,
        "ldap_2.servers.exchange.maxHits": 100,
        "ldap_2.autoComplete.useDirectory": True,
        "ldap_2.autoComplete.directoryServer": "ldap_2.servers.exchange",
        # The test drives Thunderbird over Marionette.
        "marionette.port": a.marionette_port,
        # No first-run pages, account wizard, default-client question, telemetry or updates.
        "mail.provider.enabled": False,
        "mail.shell.checkDefaultClient": False,
        "mailnews.start_page.enabled": False,
        "mail.spotlight.firstRunDone": True,
        "mail.winsearch.firstRunDone": True,
        "mail.rights.version": 1,
        "mail.inappnotifications.enabled": False,
        "datareporting.policy.dataSubmissionEnabled": False,
        "datareporting.healthreport.uploadEnabled": False,
        "toolkit.telemetry.enabled": False,
        "app.update.auto": False,
        "extensions.update.enabled": False,
        "browser.shell.checkDefaultBrowser": False,
        "calendar.timezone.useSystemTimezone": True,
        "signon.rememberSignons": True,
    }
    if a.caldav_port:
        p.update(dav_prefs(a.user, a.caldav_port))
    return p


CALENDAR = "exchange-calendar"  # calendar.registry ids and the CardDAV book's pref branch
TASKS = "exchange-tasks"
CONTACTS_BOOK = "ldap_2.servers.exchangecontacts"


def dav_prefs(user, port):
    """The calendar and the task list as "New Calendar > On the Network" makes them, and the
    address book as "Add CardDAV Address Book" does, at the README's URLs."""
    base = "http://localhost:%d/users/%s/" % (port, user)
    p = {}
    for key, name, path in ((CALENDAR, "Exchange", "calendar/"), (TASKS, "Exchange tasks", "tasks/")):
        p.update({"calendar.registry.%s.type" % key: "caldav", "calendar.registry.%s.uri" % key: base + path,
                  "calendar.registry.%s.name" % key: name, "calendar.registry.%s.username" % key: user,
                  "calendar.registry.%s.cache.enabled" % key: True,
                  "calendar.registry.%s.calendar-main-in-composite" % key: True})
    p.update({CONTACTS_BOOK + ".description": "Exchange contacts", CONTACTS_BOOK + ".dirType": 102,
              CONTACTS_BOOK + ".filename": "abook-exchange.sqlite",
              CONTACTS_BOOK + ".carddav.url": base + "contacts/", CONTACTS_BOOK + ".carddav.username": user})
    return p


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--user", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--imap-port", type=int, required=True)
    parser.add_argument("--smtp-port", type=int, required=True)
    parser.add_argument("--ldap-port", type=int, required=True)
    parser.add_argument("--marionette-port", type=int, required=True)
    parser.add_argument("--caldav-port", type=int)
    a = parser.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    with open(os.path.join(a.dir, "user.js"), "w", encoding="utf-8") as f:
        for key, value in prefs(a).items():
            f.write("user_pref(%s, %s);\n" % (json.dumps(key), json.dumps(value)))


if __name__ == "__main__":
    main()
