namespace CoproBot.Knowledge.Meaning;

/// <summary>Tells whether a lower-case word is an everyday word of the language, so spelling correction leaves it alone.</summary>
public interface IWordList
{
    bool Contains(string word);
}
