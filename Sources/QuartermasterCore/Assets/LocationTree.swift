/// The location tree as parent links, for the questions an import and a count ask of it: does a
/// chain of parents come back to where it started (a cycle, which would make "everything under
/// the site" endless), and which locations lie under a given one. Pure, so the rule is tested
/// without a database and used the same way by every caller.
public struct LocationTree: Sendable, Hashable {
    /// Location code → its parent's code (nil for a site).
    public private(set) var parents: [String: String?]

    public init(_ locations: some Sequence<Location>) {
        var parents: [String: String?] = [:]
        for location in locations { parents[location.code] = location.parentCode }
        self.parents = parents
    }

    /// Puts `locations` in, replacing what the tree held for their codes (an import's rows over
    /// the station's tree).
    public mutating func merge(_ locations: some Sequence<Location>) {
        for location in locations { parents[location.code] = location.parentCode }
    }

    public func contains(_ code: String) -> Bool { parents[code] != nil }

    /// The codes on the way up from `code` back to `code`, when its parents lead back to it
    /// (`[A, B, C]` for A inside B inside C inside A); nil when the chain ends at a site or at
    /// a code the tree does not hold.
    public func cycle(from code: String) -> [String]? {
        var path = [code]
        var seen: Set<String> = [code]
        var current = code
        while let parent = parents[current] ?? nil {
            if parent == code { return path }
            guard seen.insert(parent).inserted else { return nil }  // a loop above, not through `code`
            path.append(parent)
            current = parent
        }
        return nil
    }

    /// `code` and every location under it, at any depth, sorted by code; empty when the tree
    /// does not hold `code`.
    public func subtree(of code: String) -> [String] {
        guard contains(code) else { return [] }
        var children: [String: [String]] = [:]
        for (child, parent) in parents {
            if let parent { children[parent, default: []].append(child) }
        }
        var found: Set<String> = [code]
        var stack = [code]
        while let next = stack.popLast() {
            for child in children[next] ?? [] where found.insert(child).inserted { stack.append(child) }
        }
        return found.sorted()
    }
}
