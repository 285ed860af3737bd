using GraphApi.GraphQL.Execution;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution.Authorization;

/// <summary>Subscriptions: a protected field refuses before its source stream opens; each event is checked as it is executed.</summary>
public class SubscriptionAuthorizationTests
{
    [Fact]
    public async Task A_protected_subscription_field_is_refused_before_the_stream_opens()
    {
        var vault = new Vault();

        var alice = await vault.Subscribe(Vault.Alice, "subscription { secretFeed { code } }");
        var anonymous = await vault.Subscribe(Vault.Anonymous, "subscription { secretFeed { code } }");

        Assert.Null(alice.Stream);
        Assert.Equal(
            Json("""{'errors':[{'message':'The current user is not authorized to access field \u0022Subscription.secretFeed\u0022.','locations':[{'line':1,'column':16}],'path':['secretFeed'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}]}"""),
            Write(alice.Error!));
        Assert.Null(anonymous.Stream);
        Assert.Equal(["UNAUTHENTICATED at secretFeed"], Vault.Errors(anonymous.Error!));
        Assert.Equal(0, vault.Calls("Subscription.secretFeed"));
    }

    [Fact]
    public async Task The_admin_subscribes_to_the_protected_field()
    {
        var vault = new Vault();

        var admin = await vault.Subscribe(Vault.Admin, "subscription { secretFeed { code } }");
        await using var events = admin.Stream!.GetAsyncEnumerator();
        await vault.SecretChanges.Writer.WriteAsync(vault.Secrets[0]);

        Assert.True(await events.MoveNextAsync());
        Assert.Equal(Json("{'data':{'secretFeed':{'code':'TOPSECRET-one'}}}"), Write(events.Current));
    }

    [Fact]
    public async Task Each_event_of_a_protected_type_is_null_for_a_wrong_user()
    {
        var vault = new Vault();

        var alice = await vault.Subscribe(Vault.Alice, "subscription { secretChanged { id code } }");
        await using var events = alice.Stream!.GetAsyncEnumerator();
        await vault.SecretChanges.Writer.WriteAsync(vault.Secrets[1]);

        Assert.True(await events.MoveNextAsync());
        Assert.Equal(Json("{'data':{'secretChanged':null}}"), Vault.Data(events.Current));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at secretChanged"], Vault.Errors(events.Current));
        Assert.DoesNotContain(Vault.Marker, Write(events.Current));
        Assert.Equal(0, vault.Calls("Secret.code"));
    }

    [Fact]
    public async Task Events_about_another_users_data_are_null_and_the_users_own_come_through()
    {
        var vault = new Vault();

        var alice = await vault.Subscribe(Vault.Alice, "subscription { invoiceIssued { id amount } }");
        await using var events = alice.Stream!.GetAsyncEnumerator();
        await vault.InvoiceEvents.Writer.WriteAsync(vault.Invoices[1]);
        await vault.InvoiceEvents.Writer.WriteAsync(vault.Invoices[0]);

        Assert.True(await events.MoveNextAsync());
        Assert.Equal(Json("{'data':{'invoiceIssued':null}}"), Vault.Data(events.Current));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at invoiceIssued"], Vault.Errors(events.Current));
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(Json("{'data':{'invoiceIssued':{'id':'i1','amount':100}}}"), Write(events.Current));
    }
}
