package org.bridgehead.exchange.ews;

import microsoft.exchange.webservices.data.property.complex.time.TimeZoneDefinition;

/**
 * A time zone named by its Windows id alone ({@code <t:StartTimeZone Id="..."/>}), which EWS
 * accepts: the server holds the zone's rules itself. ews-java-api's own check insists on periods
 * and transitions, which the gateway has no reason to invent.
 */
final class WindowsTimeZone extends TimeZoneDefinition {

    WindowsTimeZone(String windowsId) {
        setId(windowsId);
        this.name = windowsId;
    }

    @Override
    public void validate() {
        // an id-only definition is complete for EWS
    }
}
