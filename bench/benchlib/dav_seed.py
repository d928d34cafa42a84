"""Fills a generated mailbox's calendar and contacts straight through EWS, before anything is measured.

The calendar gets SERIES weekly series (ten weeks each, one in three in America/Winnipeg) and single
events up to EVENTS items in all, spread over the months around a fixed date so every run is the
same; the contacts folder gets CONTACTS people with an address, a phone and a company. CreateItem
takes BATCH items per call. Returns the ids (with change keys) of the calendar items, so the
one-change row can change one of them as another client would.
"""

import base64
import datetime
import re
import urllib.request
from xml.sax.saxutils import escape

from .imap import WorkloadFailed

BATCH = 100
ORIGIN = datetime.datetime(2026, 9, 7, 8, 0, tzinfo=datetime.timezone.utc)  # a Monday
SPAN_DAYS = 180
SUBJECTS = ("Design review", "1:1", "Customer call", "Planning", "Budget", "Interview", "Retro", "Demo",
            "Workshop", "Lunch and learn")
FIRST_NAMES = ("Anna", "Ben", "Chloe", "Dmitri", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas")
LAST_NAMES = ("Adler", "Brandt", "Costa", "Dahl", "Ekström", "Fontaine", "Gruber", "Haas", "Iqbal", "Jansen",
              "Keller", "Lund", "Moreau", "Novak", "Olsen", "Peretti", "Quinn", "Rossi", "Sato", "Tan")
ITEM_ID = re.compile(r'<t:ItemId Id="([^"]+)" ChangeKey="([^"]+)"')
ENVELOPE = ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"'
            ' xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"'
            ' xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"><soap:Header>'
            '<t:RequestServerVersion Version="Exchange2013_SP1"/></soap:Header><soap:Body>%s</soap:Body></soap:Envelope>')


class Ews:
    """A bare EWS client for seeding: SOAP over urllib with Basic authentication."""

    def __init__(self, ews_url, user, password):
        self._url = ews_url
        self._auth = "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode()

    def call(self, body):
        request = urllib.request.Request(self._url, data=(ENVELOPE % body).encode("utf-8"), method="POST",
                                         headers={"Authorization": self._auth,
                                                  "Content-Type": "text/xml; charset=utf-8"})
        with urllib.request.urlopen(request, timeout=120) as response:
            text = response.read().decode("utf-8")
        if 'ResponseClass="Error"' in text:
            raise WorkloadFailed("seeding through EWS failed: %s" % text[:400])
        return text


def _time(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _event(number, series):
    day = ORIGIN + datetime.timedelta(days=(number * 7) % SPAN_DAYS, hours=(number % 9))
    subject = "%s %d" % (SUBJECTS[number % len(SUBJECTS)], number)
    xml = ("<t:CalendarItem><t:Subject>%s</t:Subject><t:Body BodyType=\"Text\">Agenda for %s</t:Body>"
           "<t:Start>%s</t:Start><t:End>%s</t:End><t:Location>Room %d</t:Location>"
           % (escape(subject), escape(subject), _time(day), _time(day + datetime.timedelta(minutes=45)), number % 12))
    if series:
        weekday = day.strftime("%A")
        xml += ("<t:Recurrence><t:WeeklyRecurrence><t:Interval>1</t:Interval><t:DaysOfWeek>%s</t:DaysOfWeek>"
                "</t:WeeklyRecurrence><t:NumberedRecurrence><t:StartDate>%s</t:StartDate>"
                "<t:NumberOfOccurrences>10</t:NumberOfOccurrences></t:NumberedRecurrence></t:Recurrence>"
                % (weekday, day.strftime("%Y-%m-%d")))
        if number % 3 == 0:
            xml += '<t:StartTimeZone Id="Central Standard Time"/><t:EndTimeZone Id="Central Standard Time"/>'
    return xml + "</t:CalendarItem>"


def _contact(number):
    first, last = FIRST_NAMES[number % len(FIRST_NAMES)], LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return ("<t:Contact><t:GivenName>%s</t:GivenName><t:CompanyName>Partner %d</t:CompanyName><t:EmailAddresses>"
            "<t:Entry Key=\"EmailAddress1\">%s.%s.%d@partner.example</t:Entry></t:EmailAddresses><t:PhoneNumbers>"
            "<t:Entry Key=\"MobilePhone\">+49 170 %07d</t:Entry></t:PhoneNumbers><t:Surname>%s</t:Surname></t:Contact>"
            % (first, number % 40, first.lower(), last.lower().replace("ö", "o"), number, number, last))


def calendar(ews, events, series):
    """EVENTS calendar items, SERIES of them weekly series; returns [(id, change key)] in creation order."""
    ids = []
    for first in range(0, events, BATCH):
        items = "".join(_event(n, n < series) for n in range(first, min(first + BATCH, events)))
        text = ews.call('<m:CreateItem SendMeetingInvitations="SendToNone"><m:SavedItemFolderId>'
                        '<t:DistinguishedFolderId Id="calendar"/></m:SavedItemFolderId><m:Items>%s</m:Items>'
                        '</m:CreateItem>' % items)
        ids += ITEM_ID.findall(text)
    if len(ids) != events:
        raise WorkloadFailed("seeding made %d calendar items of %d" % (len(ids), events))
    return ids


def contacts(ews, count):
    for first in range(0, count, BATCH):
        items = "".join(_contact(n) for n in range(first, min(first + BATCH, count)))
        ews.call('<m:CreateItem><m:SavedItemFolderId><t:DistinguishedFolderId Id="contacts"/></m:SavedItemFolderId>'
                 '<m:Items>%s</m:Items></m:CreateItem>' % items)


def busy_day(ews, day):
    """Three meetings on DAY in the caller's calendar, so a free/busy answer has something to say."""
    items = "".join("<t:CalendarItem><t:Subject>Busy %d</t:Subject><t:Start>%s</t:Start><t:End>%s</t:End>"
                    "</t:CalendarItem>" % (h, _time(day + datetime.timedelta(hours=h)),
                                            _time(day + datetime.timedelta(hours=h, minutes=30)))
                    for h in (9, 11, 15))
    ews.call('<m:CreateItem SendMeetingInvitations="SendToNone"><m:SavedItemFolderId><t:DistinguishedFolderId'
             ' Id="calendar"/></m:SavedItemFolderId><m:Items>%s</m:Items></m:CreateItem>' % items)


def rename(ews, item, subject):
    """Changes one calendar item's subject, as a change made in Outlook would."""
    ews.call('<m:UpdateItem ConflictResolution="AlwaysOverwrite" SendMeetingInvitationsOrCancellations="SendToNone">'
             '<m:ItemChanges><t:ItemChange><t:ItemId Id="%s" ChangeKey="%s"/><t:Updates><t:SetItemField>'
             '<t:FieldURI FieldURI="item:Subject"/><t:CalendarItem><t:Subject>%s</t:Subject></t:CalendarItem>'
             '</t:SetItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>'
             % (item[0], item[1], escape(subject)))
