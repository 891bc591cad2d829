// swift-tools-version: 6.0
// Blackline: read labor agreements and TA'd drafts, build their clause trees, show what changed.
// Targets follow the pipeline: model → readers → normalizer → reports → the `blackline` tool.
import PackageDescription

let package = Package(
    name: "Blackline",
    products: [
        .executable(name: "blackline", targets: ["blackline"]),
        .library(name: "BlacklineModel", targets: ["BlacklineModel"]),
        .library(name: "BlacklineReaders", targets: ["BlacklineReaders"]),
        .library(name: "BlacklineNormalizer", targets: ["BlacklineNormalizer"]),
        .library(name: "BlacklineReports", targets: ["BlacklineReports"]),
        .library(name: "BlacklineDiffer", targets: ["BlacklineDiffer"]),
        .library(name: "BlacklineGrids", targets: ["BlacklineGrids"]),
        .library(name: "BlacklineLoading", targets: ["BlacklineLoading"]),
        .library(name: "BlacklineServe", targets: ["BlacklineServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    ],
    targets: [
        // C libraries, seen through pkg-config; the shims hold what Swift cannot import directly.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]
        ),
        // Poppler's C++ core, for reading what a page draws without a renderer (PopplerDrawing):
        // its headers ship in Debian's libpoppler-private-dev.
        .systemLibrary(
            name: "CPopplerCore",
            pkgConfig: "poppler",
            providers: [.apt(["libpoppler-dev", "libpoppler-private-dev"]), .brew(["poppler"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // libtesseract's C API opened at run time, on the first page that needs OCR (the header from
        // Debian's libtesseract-dev, the library and its English model from libtesseract5 and
        // tesseract-ocr-eng): linked, it cost every run 20 ms of start-up.
        .target(name: "TesseractLibrary"),
        // A page's rules, fills and glyph colours read from poppler's interpreter (C++, a C interface).
        .target(name: "PopplerDrawing", dependencies: ["CPopplerCore"]),
        // The document model: marked text in, clause tree out. Depends on nothing.
        .target(name: "BlacklineModel"),
        // Format-specific readers: a file becomes marked text (lines of runs).
        .target(name: "BlacklineReaders", dependencies: [
            "BlacklineModel", "CPoppler", "PopplerDrawing", "CLibXML2", "TesseractLibrary", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Marked text becomes an agreement: furniture removed, headings and labels found, a clause tree.
        .target(name: "BlacklineNormalizer", dependencies: ["BlacklineModel"]),
        // Salary grids found in the clause tree, and audited against the rules the document prints.
        .target(name: "BlacklineGrids", dependencies: ["BlacklineModel"]),
        // Two agreements compared: clauses aligned, word-level edits, numeric facts.
        .target(name: "BlacklineDiffer", dependencies: ["BlacklineModel", "BlacklineGrids"]),
        // Outlines, JSON, CSV, terminal text and the HTML redline, for people and programs.
        .target(name: "BlacklineReports", dependencies: ["BlacklineModel", "BlacklineDiffer", "BlacklineGrids"]),
        // A file read and normalized into an agreement, read errors as one-line failures: what the
        // command line and the local page share.
        .target(name: "BlacklineLoading", dependencies: ["BlacklineModel", "BlacklineReaders", "BlacklineNormalizer", "BlacklineDiffer"]),
        // `blackline serve`: a page on 127.0.0.1 that takes two files (or one TA'd draft) and gives the redline.
        .target(name: "BlacklineServe", dependencies: [
            "BlacklineModel", "BlacklineLoading", "BlacklineDiffer", "BlacklineGrids", "BlacklineReports",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        // The command-line tool only wires the stages together.
        .executableTarget(
            name: "blackline",
            dependencies: [
                "BlacklineModel", "BlacklineReaders", "BlacklineNormalizer", "BlacklineDiffer", "BlacklineGrids", "BlacklineReports",
                "BlacklineLoading", "BlacklineServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "BlacklineModelTests", dependencies: ["BlacklineModel"]),
        .testTarget(name: "BlacklineReadersTests", dependencies: ["BlacklineReaders"]),
        .testTarget(
            name: "BlacklineNormalizerTests",
            dependencies: ["BlacklineNormalizer", "BlacklineReaders", "BlacklineReports"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "BlacklineCLITests", dependencies: ["blackline"]),
        .testTarget(name: "BlacklineServeTests", dependencies: ["BlacklineServe", "BlacklineLoading"]),
        .testTarget(name: "BlacklineDifferTests", dependencies: ["BlacklineDiffer", "BlacklineGrids", "BlacklineReaders", "BlacklineNormalizer"]),
        .testTarget(name: "BlacklineGridsTests", dependencies: ["BlacklineGrids", "BlacklineReports", "BlacklineReaders", "BlacklineNormalizer", "BlacklineDiffer"]),
        .testTarget(
            name: "BlacklineReportsTests",
            dependencies: ["BlacklineReports", "BlacklineDiffer", "BlacklineGrids", "BlacklineReaders", "BlacklineNormalizer", "CLibXML2"],
            exclude: ["Golden"]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
