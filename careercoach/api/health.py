from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from careercoach.health import UNHEALTHY, HealthReport, health_report


class HealthApi(APIView):
    """Open to load balancers; says nothing about any user's data. Each path names its
    service as the earlier system's two services did."""

    permission_classes = [AllowAny]
    authentication_classes = []
    service = "careercoach"

    @extend_schema(
        operation_id=None,
        responses={200: HealthReport, 503: HealthReport},
        summary="Liveness of DB, broker and providers",
    )
    def get(self, request):
        report = health_report(service=self.service)
        return Response(report, status=503 if report["status"] == UNHEALTHY else 200)
