namespace GraphApi.Features.Paging;

/// <summary>The GraphQL enum <c>OrderDirection</c>.</summary>
public enum OrderDirection
{
    Asc,

    Desc,
}
