using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace GraphApi.Data.Tests.Infrastructure;

/// <summary>
/// A hash of every row of every shop table of a SQLite database, to tell whether two databases hold the same data,
/// or whether a database changed. Shared by the data tests and the host's tests (tests/Shared/Data).
/// </summary>
public static class DataFingerprint
{
    /// <summary>
    /// Hashes all tables but the migrations history, rows by id, every column but <c>PasswordHash</c>: a password
    /// hash has a random salt, so it differs on every run by design.
    /// </summary>
    public static string Of(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> '__EFMigrationsHistory'
                ORDER BY name
                """;
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            text.Append("# ").Append(table).Append('\n');
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY Id";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetName(i) != "PasswordHash")
                    {
                        text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                    }
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
