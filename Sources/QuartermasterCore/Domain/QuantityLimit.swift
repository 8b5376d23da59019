/// The largest quantity or stock the station accepts: far above any storeroom, far below overflow.
public enum QuantityLimit { public static let maximum = 1_000_000 }
