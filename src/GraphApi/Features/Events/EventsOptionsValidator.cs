using Microsoft.Extensions.Options;

namespace GraphApi.Features.Events;

/// <summary>Stops the server at startup with a message naming the setting when an <c>Events</c> setting makes no sense.</summary>
internal sealed class EventsOptionsValidator : IValidateOptions<EventsOptions>
{
    public ValidateOptionsResult Validate(string? name, EventsOptions options)
    {
        var errors = new List<string>();
        Positive(errors, options.PollInterval, nameof(options.PollInterval));
        Positive(errors, options.HeartbeatInterval, nameof(options.HeartbeatInterval));
        Positive(errors, options.PublisherLeaseDuration, nameof(options.PublisherLeaseDuration));
        Positive(errors, options.RetentionPeriod, nameof(options.RetentionPeriod));
        Positive(errors, options.RetentionInterval, nameof(options.RetentionInterval));
        Positive(errors, options.AccessCheckInterval, nameof(options.AccessCheckInterval));
        if (options.GapTimeout < TimeSpan.Zero)
        {
            errors.Add($"Events:{nameof(options.GapTimeout)} must not be negative.");
        }

        if (options.HeartbeatInterval * 3 > options.PublisherLeaseDuration)
        {
            errors.Add($"Events:{nameof(options.PublisherLeaseDuration)} must be at least three heartbeats ({options.HeartbeatInterval * 3}), which renew it.");
        }

        Positive(errors, options.PublishBatchSize, nameof(options.PublishBatchSize));
        Positive(errors, options.ReplayPageSize, nameof(options.ReplayPageSize));
        Positive(errors, options.SubscriberBufferSize, nameof(options.SubscriberBufferSize));
        Positive(errors, options.RetentionMaxEvents, nameof(options.RetentionMaxEvents));
        if (!Enum.IsDefined(options.Bus))
        {
            errors.Add($"Events:Bus must be {EventBusKind.InProcess} or {EventBusKind.RabbitMQ}.");
        }

        if (options.Bus == EventBusKind.RabbitMQ)
        {
            if (options.RabbitMQ.Uri is not { IsAbsoluteUri: true, Scheme: "amqp" or "amqps" })
            {
                errors.Add("Events:RabbitMQ:Uri must be an amqp:// or amqps:// address when Events:Bus is RabbitMQ.");
            }

            if (string.IsNullOrWhiteSpace(options.RabbitMQ.Exchange))
            {
                errors.Add("Events:RabbitMQ:Exchange must not be empty.");
            }

            Positive(errors, options.RabbitMQ.ReconnectDelay, "RabbitMQ:ReconnectDelay");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, TimeSpan value, string setting)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"Events:{setting} must be positive, not {value}.");
        }
    }

    private static void Positive(List<string> errors, long value, string setting)
    {
        if (value <= 0)
        {
            errors.Add($"Events:{setting} must be positive, not {value}.");
        }
    }
}
