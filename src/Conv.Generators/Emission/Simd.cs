namespace Conv.Generators.Emission;

/// <summary>
/// How a kernel computes: scalar floats, or vectors of <see cref="Lanes"/> floats. Each kernel of a layer is written
/// once per kind; Forward picks one at run time from what the processor accelerates.
/// </summary>
internal sealed class Simd
{
    private const string Intrinsics = "global::System.Runtime.Intrinsics.";

    private Simd(string kernelName, int lanes, string? vector, int statementBudget)
    {
        KernelName = kernelName;
        Lanes = lanes;
        Vector = vector;
        StatementBudget = statementBudget;
    }

    /// <summary>Plain floats: the fallback where nothing is accelerated, and the only path of netstandard2.0 consumers.</summary>
    public static readonly Simd Scalar = new("ForwardScalar", 1, null, 160);

    /// <summary>Vector128, multiply then add: SSE on any x64 (NativeAOT's default), AdvSimd on ARM64.</summary>
    public static readonly Simd Vector128 = new("ForwardVector128", 4, Intrinsics + "Vector128", 160);

    /// <summary>Vector256 with fused multiply-adds: x64 with AVX2 and FMA.</summary>
    public static readonly Simd Vector256 = new("ForwardVector", 8, Intrinsics + "Vector256", 720);

    public string KernelName { get; }
    public int Lanes { get; }
    public bool IsVector => Vector is not null;

    /// <summary>The vector class (<c>Vector256</c>, ...) fully qualified; null for scalars.</summary>
    public string? Vector { get; }

    /// <summary>
    /// Statements a body writes out before loops take over: a loop turn over a kernel row (or a tap) still does the
    /// register-blocked multiply-adds of a whole block, so its overhead is small, while writing everything out would
    /// make a 31x31 kernel megabytes of code. The fallbacks get smaller budgets. Together they bound every generated
    /// file (GeneratedSizeTests, and the declaration fuzz test).
    /// </summary>
    public int StatementBudget { get; }

    public string Type => IsVector ? Vector + "<float>" : "float";

    public string Broadcast(string value) => IsVector ? $"{Vector}.Create({value})" : value;

    public string Load(string at, string index) => $"{Vector}.LoadUnsafe(ref {at}, {index})";

    public string Store(string value, string target) => IsVector ? $"{Vector}.StoreUnsafe({value}, ref {target}, 0);" : $"{target} = {value};";

    public string MultiplyAdd(string weight, string input, string acc) => Lanes switch
    {
        1 => $"{acc} += {weight} * {input};",
        8 => $"{acc} = {Intrinsics}X86.Fma.MultiplyAdd({weight}, {input}, {acc});",
        _ => $"{acc} = {Vector}.Add({Vector}.Multiply({weight}, {input}), {acc});",
    };
}
