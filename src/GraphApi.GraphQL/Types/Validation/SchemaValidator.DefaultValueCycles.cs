using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    /// <summary>
    /// spec §3.10 Type Validation rule 4, InputObjectDefaultValueHasCycle: filling in an input object's
    /// omitted fields from their default values must terminate. Fields already explored are remembered across
    /// input objects so that each cycle is reported once.
    /// </summary>
    private sealed class DefaultValueCycleDetector(SchemaValidationContext context)
    {
        private readonly HashSet<string> _explored = new(StringComparer.Ordinal);
        private readonly List<(string Coordinate, SyntaxNode? DefaultValue)> _path = [];

        // One past the position of each field on _path, as the cycle report slices the path from there.
        private readonly Dictionary<string, int> _positionAfter = new(StringComparer.Ordinal);

        /// <summary>Checks an input object given as an empty object, so that every field takes its default.</summary>
        public void Check(InputObjectType inputObject) => CheckFields(inputObject, []);

        private void CheckValue(InputObjectType type, ValueNode value)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (value)
            {
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        CheckValue(type, item);
                    }

                    break;
                case ObjectValueNode obj:
                    CheckFields(type, obj.Fields);
                    break;
            }
        }

        private void CheckFields(InputObjectType type, IReadOnlyList<ObjectFieldNode> given)
        {
            foreach (var field in type.Fields)
            {
                if (field.Type.Named is not InputObjectType fieldType)
                {
                    continue;
                }

                // As in graphql-js, the last of duplicate fields counts (duplicates are an SDL error of their own).
                var provided = given.LastOrDefault(f => f.Name.Value == field.Name);
                if (provided is not null)
                {
                    CheckValue(fieldType, provided.Value);
                }
                else
                {
                    CheckFieldDefault(type.Name + "." + field.Name, field, fieldType);
                }
            }
        }

        private void CheckFieldDefault(string coordinate, InputValueDefinition field, InputObjectType fieldType)
        {
            if (field.DefaultValue is not { } defaultValue)
            {
                return;
            }

            if (_positionAfter.TryGetValue(coordinate, out int after))
            {
                var via = after < _path.Count
                    ? " via the default values of: " + string.Join(", ", _path.Skip(after).Select(p => p.Coordinate))
                    : "";
                context.Report(
                    $"Invalid circular reference. The default value of Input Object field {coordinate} references itself{via}.",
                    InputObjectsAnchor,
                    [.. _path.Skip(after - 1).Select(p => p.DefaultValue)]);
                return;
            }

            if (_explored.Add(coordinate))
            {
                _path.Add((coordinate, defaultValue));
                _positionAfter[coordinate] = _path.Count;
                CheckValue(fieldType, defaultValue);
                _path.RemoveAt(_path.Count - 1);
                _positionAfter.Remove(coordinate);
            }
        }
    }
}
