using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.Events.Bus;

/// <summary>
/// A subscriber read its events slower than they came and was dropped; it can resume from its last cursor. A
/// field error, so that the subscription's last message tells the client so.
/// </summary>
public sealed class SubscriberOverflowException()
    : FieldErrorException(
        "Events came faster than this subscription read them, so it was ended; subscribe again with the last cursor received as \"after\" to get the rest.",
        EventErrorCodes.SubscriberTooSlow);
