//! The HTTP side of `push`: one [`Client`] that authenticates (Digest, Basic, Bearer), retries
//! with backoff, and never lets a secret into a message.
//!
//! HTTP Digest (RFC 7616) is answered with the `http-auth` crate: the client primes itself with a
//! bodiless `HEAD` to get the server's challenge, then answers it on every request, counting the
//! nonce up (`nc`), so a large body is not sent only to be refused. A server that will not take
//! a nonce twice answers 401 with a fresh challenge; the request is then sent once more, and from
//! then on every body-carrying request is preceded by a `HEAD` for a fresh nonce. A second 401
//! in a row is a refused password: [`PushError::Unauthorized`], which names the endpoint and
//! never the secret.

use std::time::Duration;

use http_auth::{PasswordClient, PasswordParams};

use super::PushError;

/// Credentials; secrets come from the environment and are never printed (`Debug` hides them).
#[derive(Clone, Default)]
pub enum Auth {
    #[default]
    None,
    /// Answered with Digest or Basic, whichever the server's challenge asks for.
    Password { user: String, password: String },
    /// `Authorization: Bearer TOKEN`, sent with every request.
    Bearer(String),
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::None => f.write_str("None"),
            Self::Password { user, .. } => write!(f, "Password {{ user: {user:?}, password: … }}"),
            Self::Bearer(_) => f.write_str("Bearer(…)"),
        }
    }
}

/// How often and how patiently a failed request is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries after the first one.
    pub retries: u32,
    /// Wait before the first retry; doubled each time, at most 30 s (or the server's
    /// `Retry-After`, up to 60 s).
    pub first_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            retries: 5,
            first_delay: Duration::from_millis(500),
        }
    }
}

/// A server's answer.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    /// `X-SPARQL-MaxRows`, which Virtuoso sends when it cut a result short.
    pub max_rows: Option<String>,
    pub body: String,
}

/// One request to send (a body is sent again on a retry, so it is held whole).
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub content_type: Option<&'a str>,
    pub accept: Option<&'a str>,
    pub body: Option<&'a [u8]>,
}

/// Something the caller may want to tell the user while it waits.
#[derive(Debug, Clone)]
pub struct RetryNotice {
    pub method: String,
    pub url: String,
    pub attempt: u32,
    pub reason: String,
    pub delay: Duration,
}

pub struct Client {
    agent: ureq::Agent,
    auth: Auth,
    challenge: Option<PasswordClient>,
    /// The server refused a nonce used twice: get a fresh one before each body.
    fresh_nonce: bool,
    retry: RetryPolicy,
}

/// Answers longer than this are cut in messages.
const EXCERPT: usize = 300;

impl Client {
    pub fn new(auth: Auth, retry: RetryPolicy, timeout: Duration) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .max_redirects(0)
            .user_agent(concat!("talkgraph/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        Self {
            agent,
            auth,
            challenge: None,
            fresh_nonce: false,
            retry,
        }
    }

    /// Sends `request`: primes the authentication, answers a challenge, retries connection
    /// errors and 5xx answers with backoff. A 401 that persists is [`PushError::Unauthorized`];
    /// other statuses are returned for the caller to judge.
    pub fn send(
        &mut self,
        request: Request<'_>,
        on_retry: &mut dyn FnMut(RetryNotice),
    ) -> Result<Reply, PushError> {
        let mut attempt = 0;
        let mut answered_fresh_challenge = false;
        loop {
            if matches!(self.auth, Auth::Password { .. })
                && request.body.is_some()
                && (self.challenge.is_none() || self.fresh_nonce)
                && !answered_fresh_challenge
            {
                self.prime(request.url, on_retry)?;
            }
            let (reason, retry_after) = match self.send_plain(&request) {
                Ok((answer, challenge)) if answer.reply.status == 401 => {
                    let (Auth::Password { user, .. }, Some(header), false) =
                        (&self.auth, challenge, answered_fresh_challenge)
                    else {
                        return Err(unauthorized(&request, &answer.reply, &self.auth));
                    };
                    // A refused answer to a challenge used before: the server may not take a
                    // nonce twice (or the password is wrong, which the next answer shows).
                    if self.challenge.is_some() {
                        self.fresh_nonce = true;
                    }
                    self.challenge = Some(parse_challenge(&header, request.url, user)?);
                    answered_fresh_challenge = true;
                    continue;
                }
                Ok((answer, _)) if answer.reply.status >= 500 && attempt < self.retry.retries => (
                    format!(
                        "HTTP {}: {}",
                        answer.reply.status,
                        excerpt(&answer.reply.body)
                    ),
                    answer.retry_after,
                ),
                Ok((answer, _)) => return Ok(answer.reply),
                Err(error) if transient(&error) && attempt < self.retry.retries => {
                    (error.to_string(), None)
                }
                Err(error) => {
                    return Err(PushError::Transport {
                        method: request.method.to_owned(),
                        url: request.url.to_owned(),
                        attempts: attempt + 1,
                        message: error.to_string(),
                    })
                }
            };
            attempt += 1;
            let delay = retry_after.unwrap_or_else(|| self.backoff(attempt));
            on_retry(RetryNotice {
                method: request.method.to_owned(),
                url: request.url.to_owned(),
                attempt,
                reason,
                delay,
            });
            std::thread::sleep(delay);
        }
    }

    /// The wait before retry number `attempt` (1-based): doubling from the first delay, at
    /// most 30 s.
    fn backoff(&self, attempt: u32) -> Duration {
        (self.retry.first_delay * 2u32.saturating_pow(attempt.saturating_sub(1)))
            .min(Duration::from_secs(30))
    }

    /// Gets the server's challenge with a bodiless `HEAD` (or finds that none is needed).
    fn prime(&mut self, url: &str, on_retry: &mut dyn FnMut(RetryNotice)) -> Result<(), PushError> {
        let Auth::Password { user, .. } = &self.auth else {
            return Ok(());
        };
        let user = user.clone();
        let head = Request {
            method: "HEAD",
            url,
            content_type: None,
            accept: None,
            body: None,
        };
        let mut attempt = 0;
        loop {
            match self.send_plain(&head) {
                Ok((answer, Some(header))) if answer.reply.status == 401 => {
                    self.challenge = Some(parse_challenge(&header, url, &user)?);
                    return Ok(());
                }
                Ok((answer, _)) if answer.reply.status >= 500 && attempt < self.retry.retries => {
                    attempt += 1;
                    let delay = self.backoff(attempt);
                    on_retry(RetryNotice {
                        method: "HEAD".into(),
                        url: url.to_owned(),
                        attempt,
                        reason: format!("HTTP {}", answer.reply.status),
                        delay,
                    });
                    std::thread::sleep(delay);
                }
                // No challenge for HEAD: the request itself will get one if it needs it.
                Ok(_) => return Ok(()),
                Err(error) if transient(&error) && attempt < self.retry.retries => {
                    attempt += 1;
                    let delay = self.backoff(attempt);
                    on_retry(RetryNotice {
                        method: "HEAD".into(),
                        url: url.to_owned(),
                        attempt,
                        reason: error.to_string(),
                        delay,
                    });
                    std::thread::sleep(delay);
                }
                Err(error) => {
                    return Err(PushError::Transport {
                        method: "HEAD".into(),
                        url: url.to_owned(),
                        attempts: attempt + 1,
                        message: error.to_string(),
                    })
                }
            }
        }
    }

    /// One exchange with the current credentials; the reply and its `WWW-Authenticate`.
    fn send_plain(
        &mut self,
        request: &Request<'_>,
    ) -> Result<(Answer, Option<String>), ureq::Error> {
        let authorization = self.authorization(request)?;
        let mut builder = ureq::http::Request::builder()
            .method(request.method)
            .uri(request.url);
        if let Some(value) = &authorization {
            builder = builder.header("Authorization", value);
        }
        if let Some(ct) = request.content_type {
            builder = builder.header("Content-Type", ct);
        }
        if let Some(accept) = request.accept {
            builder = builder.header("Accept", accept);
        }
        let response = match request.body {
            Some(body) => self.agent.run(builder.body(body)?)?,
            None => self.agent.run(builder.body(())?)?,
        };
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let challenge = Some(header("www-authenticate")).filter(|h| !h.is_empty());
        let max_rows = Some(header("x-sparql-maxrows")).filter(|h| !h.is_empty());
        let retry_after = header("retry-after")
            .trim()
            .parse::<u64>()
            .ok()
            .map(|s| Duration::from_secs(s.min(60)));
        let mut body = response.into_body();
        let text = if request.method == "HEAD" {
            String::new()
        } else {
            body.with_config()
                .limit(64 << 20)
                .lossy_utf8(true)
                .read_to_string()?
        };
        Ok((
            Answer {
                reply: Reply {
                    status,
                    max_rows,
                    body: text,
                },
                retry_after,
            },
            challenge,
        ))
    }

    fn authorization(&mut self, request: &Request<'_>) -> Result<Option<String>, ureq::Error> {
        match &self.auth {
            Auth::None => Ok(None),
            Auth::Bearer(token) => Ok(Some(format!("Bearer {token}"))),
            Auth::Password { user, password } => {
                let Some(client) = &mut self.challenge else {
                    return Ok(None);
                };
                let params = PasswordParams {
                    username: user,
                    password,
                    uri: request_target(request.url),
                    method: request.method,
                    body: request.body,
                };
                client
                    .respond(&params)
                    .map(Some)
                    .map_err(|e| ureq::Error::Other(e.into()))
            }
        }
    }
}

/// A reply and what the server said about retrying.
struct Answer {
    reply: Reply,
    retry_after: Option<Duration>,
}

fn parse_challenge(header: &str, url: &str, user: &str) -> Result<PasswordClient, PushError> {
    PasswordClient::builder()
        .challenges(header)
        .build()
        .map_err(|message| PushError::Auth {
            url: url.to_owned(),
            message: format!(
                "cannot answer the server's authentication challenge for user {user:?}: {message}"
            ),
        })
}

fn unauthorized(request: &Request<'_>, reply: &Reply, auth: &Auth) -> PushError {
    let how = match auth {
        Auth::None => "no credentials were given (--user and --password-env, or --token-env)",
        Auth::Password { .. } => "the user name or the password was refused",
        Auth::Bearer(_) => "the token was refused",
    };
    PushError::Unauthorized {
        method: request.method.to_owned(),
        url: request.url.to_owned(),
        status: reply.status,
        how,
    }
}

/// Errors worth another try: the connection, not the request.
fn transient(error: &ureq::Error) -> bool {
    matches!(
        error,
        ureq::Error::Io(_)
            | ureq::Error::ConnectionFailed
            | ureq::Error::Timeout(_)
            | ureq::Error::Protocol(_)
    )
}

/// The path and query of `url`, as the request line carries it (what Digest signs).
pub(crate) fn request_target(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.find(['/', '?']) {
        Some(i) if rest[i..].starts_with('/') => &rest[i..],
        _ => "/",
    }
}

/// `text` cut to a few hundred characters, on one line.
pub(crate) fn excerpt(text: &str) -> String {
    let flat: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(EXCERPT)
        .collect();
    if flat.is_empty() {
        "(empty answer)".into()
    } else {
        flat
    }
}

/// Percent-encodes a query parameter value (everything but RFC 3986's unreserved characters).
pub(crate) fn encode_param(value: &str) -> String {
    let mut out = String::with_capacity(value.len() * 3 / 2);
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_target_is_path_and_query() {
        assert_eq!(
            request_target("http://127.0.0.1:8890/sparql-graph-crud-auth?graph=x"),
            "/sparql-graph-crud-auth?graph=x"
        );
        assert_eq!(request_target("http://h"), "/");
        assert_eq!(request_target("http://h?x"), "/");
    }

    #[test]
    fn encode_param_escapes_reserved_characters() {
        assert_eq!(
            encode_param("https://e.org/g#1 x"),
            "https%3A%2F%2Fe.org%2Fg%231%20x"
        );
    }

    #[test]
    fn secrets_are_not_in_debug_output() {
        let auth = Auth::Password {
            user: "dba".into(),
            password: "hunter2".into(),
        };
        assert!(!format!("{auth:?}").contains("hunter2"));
        assert!(!format!("{:?}", Auth::Bearer("tok3n".into())).contains("tok3n"));
    }

    #[test]
    fn a_digest_challenge_is_answered_for_the_request_target() {
        let header = r#"Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="2e14511f3c0fdf30f6ef0533d8b47e50", opaque="5ebe2294ecd0e0f08eab7690d2a6ee69", stale="false", qop="auth", algorithm="MD5""#;
        let mut client = parse_challenge(header, "http://h/x", "dba").unwrap();
        let answer = client
            .respond(&PasswordParams {
                username: "dba",
                password: "pw",
                uri: "/sparql-graph-crud-auth?graph=x",
                method: "PUT",
                body: Some(b"x"),
            })
            .unwrap();
        assert!(answer.starts_with("Digest "), "{answer}");
        assert!(answer.contains(r#"uri="/sparql-graph-crud-auth?graph=x""#));
        assert!(answer.contains("nc=00000001"));
        assert!(!answer.contains("pw\""));
    }
}
