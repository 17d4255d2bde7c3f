namespace CoproBot.Dialogs.Engine;

/// <summary>Named values kept as JSON text inside a dialog instance, so they survive a restart of the bot.</summary>
public sealed class DialogValues
{
    private readonly IDictionary<string, string> _store;
    private readonly string _prefix;

    internal DialogValues(IDictionary<string, string> store, string prefix)
    {
        _store = store;
        _prefix = prefix;
    }

    public IEnumerable<string> Keys => _store.Keys
        .Where(key => key.StartsWith(_prefix, StringComparison.Ordinal))
        .Select(key => key[_prefix.Length..]);

    public bool Contains(string key) => _store.ContainsKey(_prefix + key);

    public void Set<T>(string key, T value) => _store[_prefix + key] = DialogJson.Serialize(value);

    public T? Get<T>(string key) => TryGet<T>(key, out var value) ? value : default;

    public bool TryGet<T>(string key, out T? value)
    {
        if (_store.TryGetValue(_prefix + key, out var json))
        {
            value = DialogJson.Deserialize<T>(json);
            return true;
        }

        value = default;
        return false;
    }

    public bool Remove(string key) => _store.Remove(_prefix + key);
}
