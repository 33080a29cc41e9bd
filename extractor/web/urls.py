"""URL rules shared by the fetcher and the crawler: normal form, site, doc_id."""
from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

from ..normalize import fold

WEB_SCHEMES = ("http", "https")

# Query parameters that only track how a reader arrived: the same page with or
# without them is one page.
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|zarsrc|_ga|mc_cid|mc_eid)$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left as they are when a URL is made ASCII; "%" so that escapes stay escapes.
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")

# Links to files that are not web pages: attachments, images, media.
_NOT_PAGE_SUFFIX = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z|gz|jpe?g|png|gif|bmp|webp|svg|"
    r"mp3|mp4|avi|mov|wmv|flv|exe|apk|xml|json|txt|csv)$",
    re.IGNORECASE,
)
_PAGE_SUFFIX = re.compile(r"\.(html?|aspx?|php|jsp|cfm|shtml)$", re.IGNORECASE)


def is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)
    except ValueError:  # e.g. a malformed IPv6 host or port
        return False


def to_ascii_url(url: str) -> str:
    """The URL as it goes on the wire: non-ASCII characters in the path and
    query percent-encoded as UTF-8 (portals link "/tin-tức/..." as typed), an
    internationalized host in IDNA. Raises ValueError for an unusable URL."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as error:
            raise ValueError(f"bad host name: {parts.hostname}") from error
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=_SAFE_PATH),
                       quote(parts.query, safe=_SAFE_QUERY), quote(parts.fragment, safe=_SAFE_QUERY)))


def normalize_url(url: str) -> str:
    """One spelling per page: ASCII (see to_ascii_url), lower-case scheme and
    host, no default port, no fragment, no tracking parameters, query
    parameters sorted, percent-escapes in upper case, "/" for an empty path."""
    parts = urlsplit(to_ascii_url(url))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
               if not _TRACKING_PARAMS.match(k)),
        doseq=True,
    )
    path = _ESCAPE.sub(lambda m: m.group().upper(), parts.path or "/")
    return urlunsplit((scheme, netloc, path, query, ""))


def resolve_link(base: str, href: str) -> str | None:
    """The absolute, normalized web URL a link points to, or None for mailto:,
    javascript:, tel: and other links that are not web pages."""
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        url = urljoin(base, href)
        if not is_web_url(url):
            return None
        return normalize_url(url)
    except ValueError:
        return None


def site_of(url: str) -> str:
    """The host that makes two URLs one site; "www." is the same site."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def host_key(url: str) -> str:
    """What politeness is counted per: the host and port requests go to."""
    return urlsplit(url).netloc.lower()


def looks_like_file(url: str) -> bool:
    """A link to an attachment or a media file rather than to a web page."""
    return bool(_NOT_PAGE_SUFFIX.search(urlsplit(url).path))


def doc_id_for_url(url: str) -> str:
    """A stable, file-name-safe id for a page: a slug of the last path segment
    (accents folded, whole words, at most 48 characters) and the first 12 hex digits of the
    SHA-1 of the normalized URL, e.g.
    "tan-lac-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2023-1201-3f2a9c1b0d4e".
    The hash keeps ids distinct where slugs collide; pass the final URL."""
    normalized = normalize_url(url)
    digest = hashlib.sha1(normalized.encode("utf-8")).hexdigest()[:12]
    segments = [s for s in urlsplit(normalized).path.split("/") if s]
    last = _PAGE_SUFFIX.sub("", segments[-1]) if segments else (urlsplit(normalized).hostname or "")
    slug = "-".join(re.findall(r"[a-z0-9]+", fold(unquote(last))))
    if len(slug) > 48:
        slug = slug[:49].rsplit("-", 1)[0][:48]  # whole words only
    return f"{slug}-{digest}" if slug else digest
