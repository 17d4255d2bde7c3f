namespace CoproBot.Tests.Infrastructure;

/// <summary>Interaction JSON as Discord sends it: plain objects, so tests post exactly what Discord would.</summary>
public static class Interactions
{
    public const string ApplicationId = "1100000000000000001";
    public const string GuildId = "1200000000000000002";
    public const string ChannelId = "1300000000000000003";
    public const string UserId = "1400000000000000004";

    public static Dictionary<string, object?> Ping() => Base(1);

    /// <summary>A <c>/copro</c> sub-command with string options.</summary>
    public static Dictionary<string, object?> Command(string subCommand, params (string Name, string Value)[] options)
    {
        var interaction = Base(2);
        interaction["data"] = new
        {
            id = "1500000000000000005",
            name = "copro",
            type = 1,
            options = new[]
            {
                new
                {
                    name = subCommand,
                    type = 1,
                    options = options.Select(option => new { name = option.Name, type = 3, value = option.Value }).ToArray(),
                },
            },
        };
        return interaction;
    }

    /// <summary>A sub-command of a <c>/copro</c> group (<c>/copro template preview</c>) with string options.</summary>
    public static Dictionary<string, object?> Command(string group, string subCommand, params (string Name, string Value)[] options)
    {
        var interaction = Command(group);
        interaction["data"] = new
        {
            id = "1500000000000000005",
            name = "copro",
            type = 1,
            options = new[]
            {
                new
                {
                    name = group,
                    type = 2,
                    options = new[]
                    {
                        new { name = subCommand, type = 1, options = options.Select(option => new { name = option.Name, type = 3, value = option.Value }).ToArray() },
                    },
                },
            },
        };
        return interaction;
    }

    public static Dictionary<string, object?> Autocomplete(string subCommand, string option, string typed)
    {
        var interaction = Base(4);
        interaction["data"] = new
        {
            id = "1500000000000000005",
            name = "copro",
            type = 1,
            options = new[] { new { name = subCommand, type = 1, options = new[] { new { name = option, type = 3, value = typed, focused = true } } } },
        };
        return interaction;
    }

    /// <summary>A button press on a message the bot sent earlier (Discord sends that message along).</summary>
    public static Dictionary<string, object?> ButtonPress(string customId, object message)
    {
        var interaction = Base(3);
        interaction["data"] = new { custom_id = customId, component_type = 2 };
        interaction["message"] = message;
        return interaction;
    }

    /// <summary>A modal submit in the current layout: each text input inside a label.</summary>
    public static Dictionary<string, object?> ModalSubmit(string customId, string inputId, string value)
    {
        var interaction = Base(5);
        interaction["data"] = new
        {
            custom_id = customId,
            components = new object[] { new { type = 18, id = 2, component = new { type = 4, id = 3, custom_id = inputId, value } } },
        };
        return interaction;
    }

    private static Dictionary<string, object?> Base(int type) => new()
    {
        ["id"] = Random.Shared.NextInt64(1_000_000_000_000_000_000, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["application_id"] = ApplicationId,
        ["type"] = type,
        ["token"] = "interaction-token-" + Guid.NewGuid().ToString("N"),
        ["version"] = 1,
        ["guild_id"] = GuildId,
        ["channel_id"] = ChannelId,
        ["channel"] = new { id = ChannelId, type = 0 },
        ["member"] = new { user = new { id = UserId, username = "river", global_name = "River", discriminator = "0" }, roles = Array.Empty<string>() },
        ["locale"] = "en-GB",
        ["app_permissions"] = "0",
    };
}
