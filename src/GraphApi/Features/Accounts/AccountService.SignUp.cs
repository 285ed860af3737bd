using GraphApi.Features.Mutations;
using GraphApi.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Accounts;

public sealed partial class AccountService
{
    /// <summary>
    /// Creates a customer account and signs it in, or reports every rule the request breaks, or that the address
    /// is taken. The account is written in one transaction (see <see cref="ShopTransaction"/>): a failure leaves nothing.
    /// </summary>
    public async Task<MutationResult<SignedIn>> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken)
    {
        string email = User.NormalizeEmail(request.Email);
        string name = request.Name.Trim();
        var errors = AccountRules.Check(email, request.Password, name);
        if (errors.Count > 0)
        {
            return MutationResult<SignedIn>.Failure(errors);
        }

        var user = new User { Email = email, DisplayName = name, Role = UserRole.Customer };

        // Hashed before the transaction: it takes a tenth of a second that the database's write lock need not wait.
        user.PasswordHash = _hasher.HashPassword(user, request.Password);

        MutationResult<User> created;
        try
        {
            created = await ShopTransaction.RunAsync<User>(
                _contexts,
                async (db, ct) =>
                {
                    if (await db.Users.AnyAsync(u => u.Email == email, ct))
                    {
                        return EmailTakenError.For(email);
                    }

                    db.Users.Add(user);
                    await db.SaveChangesAsync(ct);
                    return user;
                },
                cancellationToken);
        }
        catch (DbUpdateException)
        {
            // On SQL Server another sign-up may take the address between the check and the insert (SQLite runs them
            // one after the other); the unique index refuses the second.
            await using var db = _contexts.CreateDbContext();
            if (!await db.Users.AnyAsync(u => u.Email == email, cancellationToken))
            {
                throw;
            }

            return EmailTakenError.For(email);
        }

        return created.Succeeded ? Issue(created.Value!) : MutationResult<SignedIn>.Failure(created.Errors);
    }
}
