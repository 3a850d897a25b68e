# The release image: the static binary GoReleaser built for the target
# platform on distroless, running as an unprivileged user.
FROM gcr.io/distroless/static-debian12:nonroot
ARG TARGETPLATFORM
COPY ${TARGETPLATFORM}/cookiescan /usr/bin/cookiescan
USER nonroot:nonroot
ENTRYPOINT ["/usr/bin/cookiescan"]
