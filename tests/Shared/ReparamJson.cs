using System.Text.Json;

namespace Conv.Tests;

/// <summary>Reads the reparam fixtures' activation objects: <c>{"kind": "none" | "relu" | "relu6" | "leaky_relu", "negativeSlope": s}</c>.</summary>
public static class ReparamJson
{
    public static (Activation Kind, float NegativeSlope) ActivationOf(JsonElement activation) => activation.GetProperty("kind").GetString() switch
    {
        "relu" => (Activation.Relu, 0.01f),
        "relu6" => (Activation.Relu6, 0.01f),
        "leaky_relu" => (Activation.LeakyRelu, (float)activation.GetProperty("negativeSlope").GetDouble()),
        _ => (Activation.None, 0.01f),
    };
}
