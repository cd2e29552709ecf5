namespace Conv;

/// <summary>One reason a set of convolution sizes is impossible: the parameter at fault and what is wrong.</summary>
public sealed class GeometryProblem
{
    /// <summary>Creates a problem report.</summary>
    public GeometryProblem(string parameter, string message)
    {
        Parameter = parameter;
        Message = message;
    }

    /// <summary>The constructor parameter (camelCase) that is wrong.</summary>
    public string Parameter { get; }

    /// <summary>What is wrong, with the numbers.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
