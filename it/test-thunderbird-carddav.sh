# Thunderbird's CardDAV address book on Bridgehead, set up as the README says (DavMail's contacts
# URL, the login as user name): a contact made in Exchange (the simulator, over EWS) shows in the
# book; a contact added in Thunderbird reaches Exchange with its name and address.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/thunderbird/lib.sh"

start_demo
start_thunderbird alice@example.com "Alice Archer" --caldav
thunderbird_python - "$MARIONETTE_PORT" "$SIM_URL" "$CALDAV_PORT" <<'PY'
import sys
import thunderbird
from davaccounts import DavAccounts
from ews import Ews, eventually

exchange = Ews(sys.argv[2], "alice@example.com", "demo")
ns = "{http://schemas.microsoft.com/exchange/services/2006/types}"
exchange.call('<m:CreateItem><m:SavedItemFolderId><t:DistinguishedFolderId Id="contacts"/></m:SavedItemFolderId>'
              '<m:Items><t:Contact><t:GivenName>Olga</t:GivenName><t:CompanyName>Outlook Ltd</t:CompanyName>'
              '<t:EmailAddresses><t:Entry Key="EmailAddress1">olga@outlook-made.example</t:Entry></t:EmailAddresses>'
              '<t:Surname>Outlook</t:Surname></t:Contact></m:Items></m:CreateItem>')

tb = thunderbird.connect(int(sys.argv[1]), "alice@example.com", "demo")
books = DavAccounts(tb)
books.store_password(int(sys.argv[3]), "alice@example.com", "demo")
cards = thunderbird.timed("address book synchronised", books.contacts)
assert any("olga@outlook-made.example" in c["emails"] for c in cards), cards

books.add_contact("Theo", "Thunder", "theo@thunderbird-made.example")

def in_exchange():
    root = exchange.call('<m:FindItem Traversal="Shallow"><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape>'
                         '</m:ItemShape><m:ParentFolderIds><t:DistinguishedFolderId Id="contacts"/>'
                         '</m:ParentFolderIds></m:FindItem>')
    return next((c for c in root.iter(ns + "Contact")
                 if any(e.text == "theo@thunderbird-made.example" for e in c.iter(ns + "Entry"))), None)

contact = eventually("the contact added in Thunderbird", in_exchange)
assert contact.findtext(ns + "GivenName") == "Theo" and contact.findtext(ns + "Surname") == "Thunder", \
    [(e.tag, e.text) for e in contact]
tb.quit()
print("thunderbird: an Exchange contact shows in the CardDAV book; one added in Thunderbird reaches Exchange")
PY
