import BlacklineReports
import Testing

/// The clause trees of the real seed agreements, as outlines checked by hand against the
/// documents: every article with its number and title, in order, and every labeled section.
@Suite struct GoldenOutlineTests {
    @Test(arguments: [
        "aea-2021-24-ta-draft.txt",
        "asd-ace-2003-06-agreement.txt",
        "yksd-myea-2004-07-agreement.txt",
    ])
    func outlineMatchesGolden(seed: String) throws {
        let (_, agreement) = try normalize(path: Package.seed(seed))
        var outline = ParseOutline.render(agreement)
        outline = outline.replacingOccurrences(of: Package.seeds.path + "/", with: "")
        try expectGolden(outline, named: seed.replacingOccurrences(of: ".txt", with: ".outline"))
    }
}
