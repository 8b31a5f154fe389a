//! A small HTTP/1.1 layer over a `TcpStream`: reads one request at a time (keep-alive and
//! pipelining keep the bytes that follow a request), writes responses with a length.
//!
//! Limits are enforced while reading: headers (count and size), body size (refused from
//! `Content-Length`, before the body is read), and time (a deadline for each request, so a client
//! that sends slowly cannot hold a worker).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

/// Most header bytes of one request.
const MAX_HEAD: usize = 64 * 1024;
/// Most header fields of one request.
const MAX_HEADERS: usize = 64;

/// One request.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path, without the query string, as sent.
    pub path: String,
    /// The query string (after `?`), as sent.
    pub query: String,
    /// HTTP/1.x minor version.
    pub minor: u8,
    /// Header names in lower case, values as sent.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first header called `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The query string's parameters, decoded.
    pub fn params(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(self.query.as_bytes())
            .into_owned()
            .collect()
    }

    /// Whether the client wants the connection kept open after this request.
    pub fn keep_alive(&self) -> bool {
        let connection = self.header("connection").unwrap_or("").to_ascii_lowercase();
        if self.minor == 0 {
            connection.contains("keep-alive")
        } else {
            !connection.contains("close")
        }
    }

    /// The media type of the body (`Content-Type` without parameters, lower case).
    pub fn content_type(&self) -> Option<String> {
        self.header("content-type").map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
    }
}

/// Why no request was read.
#[derive(Debug)]
pub enum ReadError {
    /// The client closed the connection (or sent nothing) between requests.
    Closed,
    /// The request is malformed or over a limit: answer with this status and message, then
    /// close.
    Refuse(u16, String),
    /// The connection failed or timed out mid-request: close without answering.
    Io(std::io::Error),
}

/// Reads requests from one connection, keeping bytes that arrive after a request.
pub struct Connection {
    pub stream: TcpStream,
    buffer: Vec<u8>,
}

/// Limits and deadlines of one request.
#[derive(Debug, Clone, Copy)]
pub struct ReadLimits {
    /// Most body bytes.
    pub max_body: usize,
    /// Longest wait for the first byte of a request on an open connection.
    pub idle: Duration,
    /// Longest time from the first byte to the end of the body.
    pub request: Duration,
}

impl Connection {
    pub fn new(stream: TcpStream) -> Self {
        Self {
            stream,
            buffer: Vec::new(),
        }
    }

    /// Reads the next request. `stop` is polled while waiting for it, so a server that shuts
    /// down need not wait for idle connections to time out.
    pub fn read_request(
        &mut self,
        limits: ReadLimits,
        stop: &dyn Fn() -> bool,
    ) -> Result<Request, ReadError> {
        // wait for the first byte, polling `stop`
        let idle_until = Instant::now() + limits.idle;
        while self.buffer.is_empty() {
            let left = idle_until.saturating_duration_since(Instant::now());
            match self.fill(left.min(POLL)) {
                Ok(0) => return Err(ReadError::Closed),
                Ok(_) => {}
                Err(e) if is_timeout(&e) => {
                    // a request already sent is read even during shutdown
                    if stop() || Instant::now() >= idle_until {
                        return Err(ReadError::Closed);
                    }
                }
                Err(_) => return Err(ReadError::Closed),
            }
        }
        let deadline = Instant::now() + limits.request;
        let (mut request, head_len, length) = loop {
            let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
            let mut parsed = httparse::Request::new(&mut headers);
            match parsed.parse(&self.buffer) {
                Ok(httparse::Status::Complete(head_len)) => {
                    if head_len > MAX_HEAD {
                        return Err(ReadError::Refuse(
                            431,
                            format!("the request headers are over {MAX_HEAD} bytes"),
                        ));
                    }
                    let request = head(&parsed)?;
                    let length = body_length(&request, limits.max_body)?;
                    break (request, head_len, length);
                }
                Ok(httparse::Status::Partial) => {
                    if self.buffer.len() > MAX_HEAD {
                        return Err(ReadError::Refuse(
                            431,
                            format!("the request headers are over {MAX_HEAD} bytes"),
                        ));
                    }
                    self.fill_until(deadline)?;
                }
                Err(httparse::Error::TooManyHeaders) => {
                    return Err(ReadError::Refuse(
                        431,
                        format!("the request has over {MAX_HEADERS} header fields"),
                    ))
                }
                Err(e) => {
                    return Err(ReadError::Refuse(
                        400,
                        format!("malformed HTTP request: {e}"),
                    ))
                }
            }
        };
        if length > 0
            && self.buffer.len() < head_len + length
            && request
                .header("expect")
                .is_some_and(|v| v.eq_ignore_ascii_case("100-continue"))
        {
            self.stream
                .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
                .map_err(ReadError::Io)?;
        }
        while self.buffer.len() < head_len + length {
            self.fill_until(deadline)?;
        }
        request.body = self.buffer[head_len..head_len + length].to_vec();
        self.buffer.drain(..head_len + length);
        Ok(request)
    }

    /// Reads more bytes, failing at `deadline`.
    fn fill_until(&mut self, deadline: Instant) -> Result<(), ReadError> {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(ReadError::Refuse(
                408,
                "the request took too long to arrive".into(),
            ));
        }
        match self.fill(left) {
            Ok(0) => Err(ReadError::Io(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "the client closed the connection mid-request",
            ))),
            Ok(_) => Ok(()),
            Err(e) if is_timeout(&e) => Err(ReadError::Refuse(
                408,
                "the request took too long to arrive".into(),
            )),
            Err(e) => Err(ReadError::Io(e)),
        }
    }

    fn fill(&mut self, wait: Duration) -> std::io::Result<usize> {
        self.stream
            .set_read_timeout(Some(wait.max(Duration::from_millis(1))))?;
        let mut chunk = [0u8; 16 * 1024];
        let n = self.stream.read(&mut chunk)?;
        self.buffer.extend_from_slice(&chunk[..n]);
        Ok(n)
    }
}

/// How often an idle connection checks for shutdown.
const POLL: Duration = Duration::from_millis(200);

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    )
}

fn head(parsed: &httparse::Request<'_, '_>) -> Result<Request, ReadError> {
    let method = parsed.method.unwrap_or("").to_owned();
    let target = parsed.path.unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut headers = Vec::with_capacity(parsed.headers.len());
    for h in parsed.headers.iter() {
        let value = std::str::from_utf8(h.value)
            .map_err(|_| ReadError::Refuse(400, format!("header {} is not UTF-8", h.name)))?;
        headers.push((h.name.to_ascii_lowercase(), value.trim().to_owned()));
    }
    Ok(Request {
        method,
        path: path.to_owned(),
        query: query.to_owned(),
        minor: parsed.version.unwrap_or(1),
        headers,
        body: Vec::new(),
    })
}

fn body_length(request: &Request, max_body: usize) -> Result<usize, ReadError> {
    if request.header("transfer-encoding").is_some() {
        return Err(ReadError::Refuse(
            411,
            "chunked request bodies are not supported: send Content-Length".into(),
        ));
    }
    let Some(value) = request.header("content-length") else {
        return Ok(0);
    };
    let length: usize = value
        .parse()
        .map_err(|_| ReadError::Refuse(400, format!("bad Content-Length {value:?}")))?;
    if length > max_body {
        return Err(ReadError::Refuse(
            413,
            format!(
                "the request body is {length} bytes, over the limit of {max_body} (--max-body)"
            ),
        ));
    }
    Ok(length)
}

/// One response; the body is complete before anything is sent, so its length is known.
/// The body is shared, not copied, with the answer cache (answers run to megabytes).
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Arc<Vec<u8>>,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self::shared(status, content_type, Arc::new(body.into()))
    }

    /// A response whose body is shared with others (a kept answer).
    pub fn shared(status: u16, content_type: &str, body: Arc<Vec<u8>>) -> Self {
        Self {
            status,
            headers: vec![("Content-Type", content_type.to_owned())],
            body,
        }
    }

    /// A plain-text message (errors and the like), ending in a newline.
    pub fn text(status: u16, message: &str) -> Self {
        let mut body = message.trim_end().to_owned();
        body.push('\n');
        Self::new(status, "text/plain; charset=utf-8", body)
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Writes the response; `head_only` leaves the body out (HEAD).
    pub fn write_to(
        &self,
        out: &mut dyn Write,
        keep_alive: bool,
        head_only: bool,
    ) -> std::io::Result<()> {
        let mut head = format!(
            "HTTP/1.1 {} {}\r\nDate: {}\r\nServer: talkgraph/{}\r\nContent-Length: {}\r\nConnection: {}\r\n",
            self.status,
            reason(self.status),
            http_date(SystemTime::now()),
            env!("CARGO_PKG_VERSION"),
            self.body.len(),
            if keep_alive { "keep-alive" } else { "close" },
        );
        for (name, value) in &self.headers {
            head.push_str(name);
            head.push_str(": ");
            // a value never carries a line break into the head
            head.extend(value.chars().map(|c| if c.is_control() { ' ' } else { c }));
            head.push_str("\r\n");
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        // one write for a small answer (one packet with TCP_NODELAY)
        if !head_only && self.body.len() <= 64 * 1024 {
            bytes.extend_from_slice(&self.body);
            out.write_all(&bytes)?;
        } else {
            out.write_all(&bytes)?;
            if !head_only {
                out.write_all(&self.body)?;
            }
        }
        out.flush()
    }
}

/// The reason phrase of a status.
pub fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        303 => "See Other",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

/// `time` as an HTTP date (RFC 9110 IMF-fixdate), e.g. `Sun, 29 Nov 2026 09:21:26 GMT`.
pub fn http_date(time: SystemTime) -> String {
    let secs = time
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = secs / 86_400;
    let rest = secs % 86_400;
    // 1970-01-01 was a Thursday
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let (year, month, day) = crate::build::civil_from_days(days as i64);
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{weekday}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        months[(month - 1) as usize],
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_are_imf_fixdates() {
        let at = |secs| http_date(SystemTime::UNIX_EPOCH + Duration::from_secs(secs));
        assert_eq!(at(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(at(951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(at(1_795_944_086), "Sun, 29 Nov 2026 09:21:26 GMT");
    }

    #[test]
    fn keep_alive_follows_the_version_and_the_connection_header() {
        let request = |minor, connection: Option<&str>| Request {
            method: "GET".into(),
            path: "/".into(),
            query: String::new(),
            minor,
            headers: connection
                .map(|c| vec![("connection".to_owned(), c.to_owned())])
                .unwrap_or_default(),
            body: Vec::new(),
        };
        assert!(request(1, None).keep_alive());
        assert!(!request(1, Some("close")).keep_alive());
        assert!(!request(0, None).keep_alive());
        assert!(request(0, Some("Keep-Alive")).keep_alive());
    }
}
