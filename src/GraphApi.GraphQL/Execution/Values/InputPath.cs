using System.Globalization;
using System.Text;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// Where inside an input value a coercion error is: input field names and list indices from the outside in,
/// printed as graphql-js prints them (<c> at .filter.ids[2]</c>). Immutable; a step costs one small object
/// and only nested values take steps.
/// </summary>
internal sealed class InputPath
{
    private InputPath(InputPath? parent, string? field, int index)
    {
        Parent = parent;
        Field = field;
        Index = index;
    }

    public InputPath? Parent { get; }

    /// <summary>The input field name of this step, or null for a list index.</summary>
    public string? Field { get; }

    public int Index { get; }

    public static InputPath Append(InputPath? parent, string field) => new(parent, field, -1);

    public static InputPath Append(InputPath? parent, int index) => new(parent, null, index);

    /// <summary><c> at .a[0]</c>, or an empty string for the value itself.</summary>
    public static string Describe(InputPath? path)
    {
        if (path is null)
        {
            return "";
        }

        var steps = new List<InputPath>();
        for (var step = path; step is not null; step = step.Parent)
        {
            steps.Add(step);
        }

        var builder = new StringBuilder(" at ");
        for (int i = steps.Count - 1; i >= 0; i--)
        {
            var step = steps[i];
            if (step.Field is not null)
            {
                builder.Append('.').Append(step.Field);
            }
            else
            {
                builder.Append('[').Append(step.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return builder.ToString();
    }
}
